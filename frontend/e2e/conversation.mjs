// An agent works a chat whose customer wrote by email before: sees the earlier email in the customer 360 panel
// and opens it in a tab, replies with a canned response chosen with "/", notes a mention for the supervisor (who
// then sees it in their own browser), assigns the chat to themself, tags and resolves it.
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const email = `hana-${suffix}@example.com`;
const chatAddress = `visitor-${suffix}`;
const { admin, agent, supervisor, inboxes } = args;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('conversation', async (browser) => {
  // One customer, known by email and by a chat visitor id.
  const contact = await api(admin, 'POST', '/contacts', {
    name: 'Hana Kim', company: 'Blue Harbor', language: 'ko', tier: 'vip', lifetimeValue: 1240,
    identities: [{ kind: 'EMAIL', value: email }, { kind: 'CHAT', value: chatAddress }],
  });
  // Her earlier email, with a quoted older mail and hostile markup that must not run.
  const earlier = await inbound(inboxes.EMAIL, {
    from: email, name: 'Hana Kim', subject: `Invoice ${suffix} is wrong`,
    text: 'The amount on my invoice is wrong.',
    html: '<p>The amount on my invoice is <b>wrong</b>.</p><img src="x" onerror="window.__xss=1"><script>window.__xss=2</script>'
      + `<img src="https://images.example/track-${suffix}.png" alt="Blue Harbor logo">`
      + '<div>On Mon, Support wrote:</div><blockquote><p>Thanks for your order.</p></blockquote>',
  });
  await api(admin, 'PATCH', `/conversations/${earlier.conversationId}`, { status: 'RESOLVED' });
  const chat = await inbound(inboxes.CHAT, { from: chatAddress, name: 'Hana Kim', text: `Hi, where is my parcel ${suffix}?` });
  // Then in Korean, with a long tracking link: Korean words stay whole, the link breaks rather than overflow.
  const korean = '택배가 아직 도착하지 않았습니다. 배송 조회 페이지에서도 확인이 안 되는데 언제쯤 받을 수 있을까요?';
  const trackingLink = `https://tracking.example/parcels/${suffix}?reference=${'0123456789abcdef'.repeat(8)}`;
  await inbound(inboxes.CHAT, { from: chatAddress, name: 'Hana Kim', text: `${korean}\n${trackingLink}` });
  check(chat.conversationId !== earlier.conversationId, 'the chat started its own conversation');
  const shortcut = `thanks${suffix}`;
  await api(agent, 'POST', '/canned-responses', {
    shortcut, title: 'Thanks', body: 'Thank you {{contact.name}}, this is {{agent.name}} checking it for you.', shared: false,
  });

  const page = await newPage(browser);
  // Remote images of emails: answered here (no outside network), counted to prove none loads before a click.
  let remoteImageRequests = 0;
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await page.context().route('https://images.example/**', (route) => {
    remoteImageRequests++;
    return route.fulfill({ status: 200, contentType: 'image/png', body: png });
  });
  await signIn(page, agent);
  await page.goto(`${args.baseUrl}/inbox/mine/${chat.conversationId}`);
  const thread = page.getByRole('log', { name: 'Messages' });
  await thread.getByText(`Hi, where is my parcel ${suffix}?`).waitFor();
  const koreanBody = thread.locator('.bubble .text', { hasText: korean });
  const bodyStyle = await koreanBody.evaluate((el) => {
    const style = getComputedStyle(el);
    return { lang: el.lang, wordBreak: style.wordBreak, overflowWrap: style.overflowWrap, overflows: el.scrollWidth > el.clientWidth };
  });
  check(bodyStyle.lang === 'ko' && bodyStyle.wordBreak === 'keep-all' && bodyStyle.overflowWrap === 'anywhere' && !bodyStyle.overflows,
    `Korean message body wraps between words, the link inside the bubble: ${JSON.stringify(bodyStyle)}`);
  const englishBreak = await thread.locator('.bubble .text', { hasText: 'where is my parcel' }).evaluate((el) => getComputedStyle(el).wordBreak);
  check(englishBreak === 'normal', `other text wraps as usual: ${englishBreak}`);
  await koreanBody.scrollIntoViewIfNeeded();
  await screenshot(page, 'conversation-korean');

  // The side panel's service level: the unanswered chat's first-response clock runs (built-in "Live channels": 1 h).
  const sla = page.getByRole('region', { name: 'Service level' });
  const firstResponse = sla.getByRole('listitem').filter({ hasText: 'First response' });
  await firstResponse.getByText('On track').waitFor();
  await firstResponse.getByText(/due in \d+ min/).waitFor();
  await screenshot(page, 'conversation-sla');

  // The customer 360 panel shows the earlier email conversation; one click opens it in a second tab.
  const panel = page.getByTestId('customer-360');
  await panel.getByText('Blue Harbor').waitFor();
  await panel.getByText(email).waitFor();
  const earlierItem = panel.getByRole('button', { name: new RegExp(`Invoice ${suffix} is wrong`) });
  await earlierItem.waitFor();
  await earlierItem.click();
  await page.waitForURL(`**/inbox/mine/${earlier.conversationId}`);
  await thread.getByText('The amount on my invoice is').waitFor();
  check(!(await thread.getByText('Thanks for your order.').isVisible()), 'quoted text is collapsed');
  await thread.getByRole('button', { name: 'Show quoted text' }).click();
  await thread.getByText('Thanks for your order.').waitFor();
  check(await page.evaluate(() => window.__xss === undefined), 'no script of the email ran');
  check(remoteImageRequests === 0, 'remote images stay blocked until asked for');
  await thread.getByText('1 remote image blocked to protect your privacy.').waitFor();
  await thread.getByRole('button', { name: 'Show images' }).click();
  await thread.getByRole('img', { name: 'Blue Harbor logo' }).waitFor();
  await page.waitForFunction(() => [...document.images].some((i) => i.alt === 'Blue Harbor logo' && i.complete && i.naturalWidth > 0));
  check(remoteImageRequests > 0, 'the remote image loads after "Show images"');
  await screenshot(page, 'conversation-email');
  const tabs = page.getByRole('list', { name: 'Open conversations' });
  check(await tabs.locator('.conv-tab').count() === 2, 'two conversation tabs are open');

  // Back to the chat: reply with the canned response picked with "/".
  await tabs.locator('.conv-tab:not(.active) .conv-tab-select').click();
  await page.waitForURL(`**/inbox/mine/${chat.conversationId}`);
  const reply = page.getByRole('textbox', { name: 'Reply to the customer' });
  await reply.click();
  await reply.pressSequentially(`/${shortcut.slice(0, 8)}`);
  await page.getByRole('option', { name: new RegExp(`/${shortcut}`) }).waitFor();
  await reply.press('Enter');
  const agentName = await page.getByTestId('current-user').textContent().then((t) => t.split(' · ')[0]);
  const filled = `Thank you Hana Kim, this is ${agentName} checking it for you.`;
  check((await reply.inputValue()).trim() === filled, `canned response filled: ${await reply.inputValue()}`);
  await reply.press('Enter');
  await thread.getByText(filled).waitFor();

  // An internal note mentioning the supervisor, picked with "@".
  await page.getByRole('radio', { name: 'Internal note' }).click();
  const note = page.getByRole('textbox', { name: 'Internal note for the team' });
  await note.click();
  await note.pressSequentially('@Sup');
  await page.getByRole('listbox', { name: 'Teammates' }).getByRole('option', { name: /Sup / }).waitFor();
  await note.press('Enter');
  await note.pressSequentially('could you approve a refund?');
  await note.press('Enter');
  await thread.locator('.note').getByText('could you approve a refund?').waitFor();
  const messages = await api(admin, 'GET', `/conversations/${chat.conversationId}/messages`);
  const saved = messages.find((m) => m.internal);
  check(saved?.mentions?.includes(supervisor.id), `the note mentions the supervisor: ${JSON.stringify(saved)}`);

  // The supervisor, in their own browser, has the mention.
  const counts = await api(supervisor, 'GET', '/inbox/counts');
  check(counts.mentions >= 1, `supervisor has an unread mention: ${JSON.stringify(counts)}`);
  const other = await newPage(browser);
  await signIn(other, supervisor);
  await other.goto(`${args.baseUrl}/inbox/mentions/${chat.conversationId}`);
  await other.getByRole('log', { name: 'Messages' }).locator('.note').getByText('could you approve a refund?').waitFor();

  // Assign to me, tag, resolve.
  await page.getByRole('button', { name: 'Assign to me' }).click();
  await page.getByLabel('Assignee').locator(`option[value="${agent.id}"]`).waitFor({ state: 'attached' });
  await page.waitForFunction((id) => document.querySelector('.actions-bar select')?.value === id, agent.id);
  const tag = page.getByRole('combobox', { name: 'Add tag' });
  await tag.fill('parcel-delay');
  await tag.press('Enter');
  await page.getByRole('list', { name: 'Tags' }).getByText('parcel-delay').waitFor();
  await screenshot(page, 'conversation-chat');
  await page.getByRole('button', { name: 'Resolve', exact: true }).click();
  await page.getByRole('button', { name: 'Reopen' }).waitFor();
  const resolved = await api(admin, 'GET', `/conversations/${chat.conversationId}`);
  check(resolved.status === 'RESOLVED' && resolved.assigneeId === agent.id && resolved.tags.includes('parcel-delay'),
    `conversation resolved, assigned and tagged: ${JSON.stringify(resolved)}`);

  // The full customer 360 on the contacts page.
  await page.goto(`${args.baseUrl}/contacts/${contact.id}`);
  const full = page.getByTestId('customer-360');
  await full.getByRole('button', { name: new RegExp(`Invoice ${suffix} is wrong`) }).waitFor();
  await full.getByText('Conversations (2)').waitFor();
  await screenshot(page, 'customer-360');
});
