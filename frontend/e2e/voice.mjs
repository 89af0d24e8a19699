// Voice: the admin sets up a voice inbox's provider account and its phone menu (key 1 → Billing, key 2 → Default)
// in the inbox settings; a customer calls (Twilio's signed webhooks, sent from here) and presses 1; the agent gets
// the offer, accepts, and the app asks the provider (a stand-in HTTP server started here) to dial the agent. The
// call panel follows the call: ringing (the caller sent into the call's conference, the agent added to it),
// connected with a running talk clock, muted and back, on hold and back, a warm transfer started (a colleague
// dialled in while the caller is on hold) and cancelled, ended; the agent writes the after-call note, then calls
// the customer back from their profile (click to call).
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

const TOKEN = 'e2e-voice-token';
const SID = 'AC0123456789abcdef0123456789abcdef';
const CALL = `CA${Date.now()}e2e`;

const check = (condition, what) => {
  if (!condition) throw new Error(`expected: ${what}`);
};

/** A stand-in of the provider's Calls API: answers every request like Twilio and remembers the forms it got. */
const provider = [];
const standIn = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    provider.push({ path: request.url, form: Object.fromEntries(new URLSearchParams(body)) });
    response.writeHead(200, { 'Content-Type': 'application/json' });
    // Placing a call (Calls.json) makes a new call; changing one (Calls/{sid}.json) answers that call; adding a
    // participant to a conference (Participants.json) calls them, a leg of its own.
    const form = Object.fromEntries(new URLSearchParams(body));
    if (request.url.endsWith('/Participants.json')) {
      response.end(JSON.stringify({ call_sid: `${CALL}-${form.Label}`, label: form.Label, status: 'queued' }));
      return;
    }
    response.end(JSON.stringify({ sid: request.url.endsWith('/Calls.json') ? `${CALL}out` : CALL, status: 'queued' }));
  });
});
await new Promise((resolve) => standIn.listen(0, '127.0.0.1', resolve));
const providerUrl = `http://127.0.0.1:${standIn.address().port}`;

/** Posts a webhook as Twilio does: form-encoded, X-Twilio-Signature over the URL and the sorted parameters. */
async function webhook(suffix, params) {
  const url = `${args.baseUrl}/webhooks/voice/${args.inboxes.VOICE}${suffix}`;
  const signed = Object.keys(params).sort().reduce((text, key) => text + key + params[key], url);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': createHmac('sha1', TOKEN).update(signed).digest('base64') },
    body: new URLSearchParams(params).toString(),
  });
  check(response.ok, `webhook ${suffix} accepted (${response.status})`);
  return response.text();
}

const call = (extra) => ({ AccountSid: SID, CallSid: CALL, From: '+4915112345678', To: '+15550001111', Direction: 'inbound',
  CallStatus: 'in-progress', ApiVersion: '2010-04-01', ...extra });

await scenario('voice', async (browser) => {
  try {
    const billing = await api(args.admin, 'POST', '/routing/queues', { name: 'Billing', push: true });
    const admin = await newPage(browser, { height: 1100 });
    await signIn(admin, args.admin);
    await api(args.admin, 'PUT', '/presence/me', { status: 'MEETING' });
    await admin.goto(`${args.baseUrl}/settings/inboxes`);
    await admin.getByRole('row').filter({ hasText: 'voice inbox' }).getByRole('button', { name: /^Edit inbox/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Edit inbox' });
    const settings = dialog.getByTestId('voice-settings');
    await settings.getByLabel('Account SID').fill(SID);
    await settings.getByLabel('Auth token').fill(TOKEN);
    await settings.getByLabel('Phone number').fill('+1 555 000 1111');
    await settings.getByLabel('API base URL (optional)').fill(providerUrl);
    await settings.getByLabel('Greeting (optional)').fill('Thanks for calling Acme.');
    const menu = settings.getByTestId('ivr-menu');
    await menu.getByRole('button', { name: 'Add a choice' }).click();
    await menu.getByLabel('Name of choice 1').fill('Billing');
    await menu.getByLabel('Queue of choice 1').selectOption({ label: 'Billing' });
    await menu.getByRole('button', { name: 'Add a choice' }).click();
    await menu.getByLabel('Name of choice 2').fill('Anything else');
    await menu.getByLabel('Queue of choice 2').selectOption({ label: 'Default' });
    await screenshot(admin, 'voice-ivr-settings');
    await accessible(admin, 'the voice inbox settings');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const inbox = await api(args.admin, 'GET', `/inboxes/${args.inboxes.VOICE}`);
    check(inbox.settings.voice.menu.length === 2 && inbox.settings.voice.menu[0].queueId === billing.id, 'the menu saved');
    check(inbox.settings.voice.authTokenSet === true && !JSON.stringify(inbox).includes(TOKEN), 'the token is write-only');
    await admin.getByRole('row').filter({ hasText: 'voice inbox' }).getByText('+15550001111 · IVR 1 2').waitFor();

    const agent = await newPage(browser, { height: 900 });
    await signIn(agent, args.agent);
    await api(args.agent, 'PUT', '/presence/me', { status: 'AVAILABLE' });
    await api(args.agent, 'PUT', '/voice/endpoint', { kind: 'PHONE', address: '+15550002222' });

    const greeting = await webhook('', call({ CallStatus: 'ringing' }));
    check(greeting.includes('For Billing, press 1.'), `the menu is read out: ${greeting}`);
    await webhook('/menu', call({ Digits: '1' }));

    const offer = agent.getByRole('dialog', { name: 'New conversation for you' });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Accept' }).click();
    await agent.waitForURL('**/inbox/mine/*');
    const panel = agent.getByTestId('call-panel');
    await panel.getByTestId('call-state').filter({ hasText: 'Ringing your phone' }).waitFor();
    check(provider.some((r) => r.form.Twiml?.includes('<Conference')), 'the caller is sent into the conference');
    const added = provider.find((r) => r.path.endsWith('/Participants.json') && r.form.To === '+15550002222');
    check(added?.form.Label === 'agent', 'the agent is dialled into the conference');
    await panel.getByText('Your calls ring on +15550002222.').waitFor();
    const callId = added.path.match(/frontline-call-([0-9a-f-]{36})/)[1];
    const leg = (sid, status) => ({ AccountSid: SID, CallSid: sid, CallStatus: status, Direction: 'outbound-api',
      From: '+15550001111', To: '+15550002222', ApiVersion: '2010-04-01' });
    await webhook('/conference', { AccountSid: SID, ConferenceSid: 'CFe2e', FriendlyName: `frontline-call-${callId}`,
      StatusCallbackEvent: 'participant-join', CallSid: CALL, Muted: 'false', Hold: 'false' });
    await webhook(`/calls/${callId}/legs/${args.agent.id}`, leg(`${CALL}-agent`, 'in-progress'));
    await panel.getByTestId('call-state').filter({ hasText: 'Connected' }).waitFor({ timeout: 20000 });
    await agent.waitForTimeout(2200); // the talk clock runs
    check(/^0:0[1-9]$/.test((await panel.getByTestId('talk-time').textContent()) ?? ''), 'the talk clock runs');
    await screenshot(agent, 'voice-call-panel');
    await accessible(agent, 'the call panel');

    await panel.getByRole('button', { name: 'Mute', exact: true }).click();
    await panel.getByText('You are muted: the caller cannot hear you.').waitFor();
    check(provider.some((r) => r.path.endsWith(`/Conferences/CFe2e/Participants/${CALL}-agent.json`) && r.form.Muted === 'true'),
      'the agent leg is muted');
    await agent.reload();
    await panel.getByRole('button', { name: 'Unmute', exact: true }).waitFor(); // stored, not in the page
    await screenshot(agent, 'voice-call-muted');
    await panel.getByRole('button', { name: 'Unmute', exact: true }).click();
    await panel.getByRole('button', { name: 'Mute', exact: true }).waitFor();

    await api(args.supervisor, 'PUT', '/presence/me', { status: 'AVAILABLE' }); // a colleague to consult, once the call is taken
    await panel.getByRole('button', { name: 'Hold' }).click();
    await panel.getByTestId('call-state').filter({ hasText: 'On hold' }).waitFor();
    check(provider.some((r) => r.path.endsWith(`/Participants/${CALL}.json`) && r.form.Hold === 'true' && r.form.HoldUrl),
      'the caller is held in the conference with hold music');
    await panel.getByRole('button', { name: 'Transfer', exact: true }).click();
    await panel.getByLabel('Transfer to', { exact: true }).waitFor();
    await screenshot(agent, 'voice-call-on-hold');
    await panel.getByRole('button', { name: 'Resume' }).click();
    await panel.getByTestId('call-state').filter({ hasText: 'Connected' }).waitFor();

    // Warm transfer: the colleague is dialled into the conference while the caller waits on hold; then cancelled.
    // the transfer form is still open, listing the colleague as available
    const transferTo = panel.getByLabel('Transfer to', { exact: true });
    await transferTo.locator(`option[value="agent:${args.supervisor.id}"]:not([disabled])`).waitFor({ state: 'attached' });
    await transferTo.selectOption(`agent:${args.supervisor.id}`);
    await panel.getByRole('button', { name: 'Consult first' }).click();
    const consultation = panel.getByRole('group', { name: 'Consultation' });
    await consultation.getByTestId('consult-state').filter({ hasText: 'The caller is on hold.' }).waitFor();
    const consulted = provider.find((r) => r.path.endsWith('/Conferences/CFe2e/Participants.json'));
    check(consulted?.form.To === `client:${args.supervisor.id}` && consulted.form.Label === 'consult', 'the colleague is dialled in');
    await webhook(`/calls/${callId}/legs/${args.supervisor.id}`, leg(`${CALL}-consult`, 'in-progress'));
    await consultation.getByTestId('consult-state').filter({ hasText: /^Talking with/ }).waitFor({ timeout: 20000 });
    await screenshot(agent, 'voice-warm-transfer');
    await accessible(agent, 'the call panel during a consultation');
    await consultation.getByRole('button', { name: 'Cancel, back to the caller' }).click();
    await consultation.waitFor({ state: 'detached' });
    await panel.getByTestId('call-state').filter({ hasText: 'Connected' }).waitFor();
    check(provider.some((r) => r.path.endsWith(`/Calls/${CALL}-consult.json`) && r.form.Status === 'completed'),
      'the colleague is hung up');

    await webhook('/status', call({ CallStatus: 'completed', CallDuration: '30' }));
    await panel.getByTestId('call-state').filter({ hasText: 'Ended' }).waitFor({ timeout: 20000 });
    await panel.getByText('Completed').waitFor();
    await panel.getByLabel('After-call note').fill('Refund promised by Friday.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await panel.getByText('Saved').waitFor();
    await screenshot(agent, 'voice-call-ended');

    // Click to call from the customer's profile: the agent's phone rings into the call's conference; once they
    // answer, the customer is added to it. The panel then has the same controls as for an incoming call.
    const first = agent.url();
    await agent.getByTestId('customer-360').getByRole('button', { name: 'Call +4915112345678' }).click();
    await agent.waitForURL((url) => url.href !== first && /\/inbox\/mine\/[0-9a-f-]{36}$/.test(url.pathname));
    const outgoing = agent.getByTestId('call-panel');
    await outgoing.getByText('Outgoing from +15550001111 to +4915112345678').waitFor();
    await outgoing.getByTestId('call-state').filter({ hasText: 'Ringing your phone' }).waitFor();
    const placed = provider.find((r) => r.path.endsWith('/Calls.json'));
    check(placed?.form.To === '+15550002222' && /<Conference [^>]*>frontline-call-[0-9a-f-]{36}<\/Conference>/.test(placed.form.Twiml),
      'the agent is rung into the conference');
    const outgoingId = placed.form.Twiml.match(/frontline-call-([0-9a-f-]{36})/)[1];
    await webhook(placed.form.StatusCallback.match(/\/calls\/[^/]+\/legs\/[^/]+$/)[0], leg(`${CALL}out`, 'in-progress'));
    const dialled = provider.find((r) => r.path.endsWith(`/Conferences/frontline-call-${outgoingId}/Participants.json`));
    check(dialled?.form.To === '+4915112345678' && dialled.form.Label === 'contact' && dialled.form.EndConferenceOnExit === 'true',
      'once the agent answered, the customer is called into the conference');
    await webhook('/conference', { AccountSid: SID, ConferenceSid: 'CFout', FriendlyName: `frontline-call-${outgoingId}`,
      StatusCallbackEvent: 'conference-start' });
    await webhook(`/calls/${outgoingId}/contact`, { ...leg(`${CALL}-contact`, 'in-progress'), To: '+4915112345678' });
    await outgoing.getByTestId('call-state').filter({ hasText: 'Connected' }).waitFor({ timeout: 20000 });
    await outgoing.getByRole('button', { name: 'Mute', exact: true }).waitFor();
    await outgoing.getByRole('button', { name: 'Transfer', exact: true }).click();
    await outgoing.getByRole('button', { name: 'Consult first' }).waitFor();
    check(await outgoing.getByRole('button', { name: 'Transfer the call' }).count() === 0, 'an outgoing call is handed over by consulting');
    check((await outgoing.locator(`#transfer-${outgoingId} option`).first().innerText()) === 'Choose a colleague',
      'only colleagues are offered for an outgoing call, and the list says so');
    await screenshot(agent, 'voice-click-to-call');
  } finally {
    standIn.close();
  }
});
