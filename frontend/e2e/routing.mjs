// Routing: an admin turns on pushed offers for the default queue on the Queues page; a customer's chat pops up
// as an offer on the signed-in agent's screen with a countdown, and accepting opens the conversation; the next
// chat is declined with a reason and stays waiting (recorded with the reason); "Get next" then hands it to the
// agent. The admin's Queues page adds a queue and a rule, then a rule on the contact's tier and a custom
// attribute (topic = Billing, picked from the attribute's options), and tests samples: the result lists every
// condition of every rule tried, held or failed, with the sample's value. It edits the default queue's
// expansion steps: an incomplete step is refused with the API's reason next to its field (live state: supervisor.mjs).
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('routing', async (browser) => {
  const admin = await newPage(browser);
  await signIn(admin, args.admin);
  // Only the agent takes offers in this story.
  await api(args.admin, 'PUT', '/presence/me', { status: 'MEETING' });
  await api(args.admin, 'POST', '/attribute-definitions',
    { key: 'topic', label: 'Topic', type: 'LIST', options: ['Billing', 'Sales'], appliesTo: 'CONVERSATION' });
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queues' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Queues and routing' }).waitFor();
  await admin.getByRole('button', { name: 'Push offers in Default' }).click();
  await admin.getByRole('button', { name: 'Get next only in Default' }).waitFor();

  const agent = await newPage(browser);
  await signIn(agent, args.agent);

  const first = await inbound(args.inboxes.CHAT, { from: 'visitor-routing-1', name: 'Ana Routing', text: 'I need help with my order' });
  const offer = agent.getByRole('dialog', { name: 'New conversation for you' });
  await offer.waitFor();
  await offer.getByText(/A customer is waiting on chat/).waitFor();
  const countdown = await offer.getByRole('timer').textContent();
  if (!/\d+ seconds? left/.test(countdown)) throw new Error(`no countdown: ${countdown}`);
  await screenshot(agent, 'routing-offer');
  await offer.getByRole('button', { name: 'Accept' }).click();
  await agent.waitForURL(`**/inbox/mine/${first.conversationId}`);
  await offer.waitFor({ state: 'detached' });
  const accepted = await api(args.agent, 'GET', `/conversations/${first.conversationId}`);
  if (accepted.assigneeId !== args.agent.id) throw new Error(`not assigned to the agent: ${accepted.assigneeId}`);

  const second = await inbound(args.inboxes.CHAT, { from: 'visitor-routing-2', name: 'Bo Routing', text: 'Hello?' });
  await offer.waitFor();
  await offer.getByLabel('Reason if you decline (optional)').fill('Need a billing specialist');
  await offer.getByRole('button', { name: 'Decline' }).click();
  await offer.waitFor({ state: 'detached' });
  const declined = await api(args.agent, 'GET', `/routing/offers?conversationId=${second.conversationId}`);
  if (declined[0]?.outcome !== 'DECLINED' || declined[0]?.declineReason !== 'Need a billing specialist') {
    throw new Error(`decline not recorded: ${JSON.stringify(declined)}`);
  }

  await agent.getByRole('button', { name: 'Get next' }).click();
  await agent.waitForURL(`**/inbox/mine/${second.conversationId}`);
  await agent.getByRole('button', { name: 'Get next' }).click();
  await agent.getByText('Nobody is waiting for you right now.').waitFor();
  await screenshot(agent, 'routing-get-next');

  // The admin's page: a new queue with a rule, and the rule test explaining the choice.
  const queues = admin.getByRole('form', { name: 'Add queue' });
  await queues.getByLabel('Name').fill('Billing');
  await queues.getByLabel('Required skill').fill('billing');
  await queues.getByRole('button', { name: 'Add queue' }).click();
  await admin.getByRole('cell', { name: 'Billing', exact: true }).first().waitFor();
  const rules = admin.getByRole('form', { name: 'Add rule' });
  await rules.getByLabel('Queue').selectOption({ label: 'Billing' });
  await rules.getByLabel('Tag').fill('invoice');
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await admin.getByRole('cell', { name: 'Tag: invoice' }).waitFor();
  const sample = admin.getByRole('form', { name: 'Test with a sample conversation' });
  await sample.getByLabel('Tags (comma separated)').fill('invoice');
  await sample.getByRole('button', { name: 'Test' }).click();
  await admin.getByTestId('rule-test-result').getByText('Goes to: Billing').waitFor();

  await rules.getByLabel('Queue').selectOption({ label: 'Billing' });
  await rules.getByLabel('#').fill('2');
  await rules.getByLabel('Contact tier').fill('VIP');
  await rules.getByLabel('Attribute', { exact: true }).fill('topic');
  await rules.getByLabel('Attribute value').selectOption('Billing');
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await admin.getByRole('cell', { name: 'Contact tier: vip · attributes.topic = Billing' }).waitFor();
  // Edited in place: a second attribute condition on the same rule.
  await admin.getByRole('button', { name: 'Edit rule 2' }).click();
  const editing = admin.getByRole('form', { name: 'Editing a rule' });
  await editing.getByRole('button', { name: 'Add attribute condition' }).click();
  await editing.getByLabel('Attribute', { exact: true }).nth(1).fill('region');
  await editing.getByLabel('Attribute value').nth(1).fill('apac');
  await editing.getByRole('button', { name: 'Save rule' }).click();
  await admin.getByRole('cell', { name: 'Contact tier: vip · attributes.region = apac · attributes.topic = Billing' }).waitFor();
  await sample.getByLabel('Tags (comma separated)').fill('');
  await sample.getByLabel('Contact tier').fill('vip');
  await sample.getByLabel('Attributes (key=value, comma separated)').fill('topic=billing, region=APAC');
  await sample.getByRole('button', { name: 'Test' }).click();
  const checks = admin.getByTestId('rule-test-result').getByRole('table', { name: 'Rules tried' });
  await checks.getByRole('row').filter({ hasText: 'attributes.topic' }).getByText('✓ held').waitFor();
  await checks.getByRole('row').filter({ hasText: 'tag' }).getByText('✗ failed').waitFor();
  await checks.getByRole('row').filter({ hasText: 'tag' }).getByText('not set').waitFor();
  await admin.getByTestId('rule-test-result').getByText('Goes to: Billing').waitFor();
  await sample.getByLabel('Contact tier').fill('standard');
  await sample.getByRole('button', { name: 'Test' }).click();
  await admin.getByTestId('rule-test-result').getByText('Goes to: Default').waitFor();
  await checks.getByRole('row').filter({ hasText: 'standard' }).getByText('✗ failed').waitFor();
  await admin.getByTestId('rule-test-result').scrollIntoViewIfNeeded();
  await screenshot(admin, 'routing-rule-test');
  await admin.getByRole('textbox', { name: /: Skills/ }).first().fill('billing:4');
  const chatsDuringCalls = { name: /: Chats during calls/ };
  const profile = admin.getByRole('row').filter({ has: admin.getByRole('checkbox', chatsDuringCalls) }).first();
  await profile.getByRole('checkbox', chatsDuringCalls).check();
  await profile.getByRole('button', { name: 'Save' }).click();
  await profile.getByRole('status').waitFor();
  await screenshot(admin, 'routing-settings');

  // Expansion steps: after 30 s proficiency 2 is enough, after 60 s the chat overflows to Billing.
  await admin.getByRole('button', { name: 'Expansion steps of Default' }).click();
  const expansion = admin.getByRole('form', { name: 'Expansion steps of Default' });
  const widen = expansion.getByRole('group', { name: 'Accept less skilled agents' });
  const overflow = expansion.getByRole('group', { name: 'Overflow to another queue' });
  await widen.getByLabel('After (seconds)').fill('30');
  await expansion.getByRole('button', { name: 'Save' }).click();
  const refused = widen.getByRole('alert');
  await refused.getByText('give afterSeconds and minProficiency together', { exact: true }).waitFor();
  if (await widen.getByLabel('After (seconds)').getAttribute('aria-invalid') !== 'true') throw new Error('the refused field is not marked invalid');
  await screenshot(admin, 'routing-expansion-refused');
  await widen.getByLabel('Accept proficiency from (1-5)').fill('2');
  await overflow.getByLabel('After (seconds)').fill('60');
  await overflow.getByLabel('Overflow queue').selectOption({ label: 'Billing' });
  await expansion.getByRole('button', { name: 'Save' }).click();
  await expansion.waitFor({ state: 'detached' });
  await admin.getByRole('row', { name: /Default/ }).getByText('after 30 s: proficiency ≥ 2 · after 60 s: to Billing').waitFor();
  await screenshot(admin, 'routing-expansion-saved');
  const after = await api(args.admin, 'GET', '/routing/queues');
  const saved = after.find((q) => q.isDefault);
  const billing = after.find((q) => q.name === 'Billing');
  if (JSON.stringify(saved.expansion) !== JSON.stringify({ afterSeconds: 30, minProficiency: 2, overflowAfterSeconds: 60, overflowQueueId: billing.id })) {
    throw new Error(`expansion not saved: ${JSON.stringify(saved.expansion)}`);
  }
});
