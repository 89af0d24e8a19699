// Supervisor: an agent closes an offer pop-up with × (a decline), so the chat waits; the supervisor's Live screen
// shows the queue, the waiting chat and the agents, live; the supervisor reassigns the chat to the agent with a
// note, and moving it on to an offline admin is refused until forced. A new chat appears on the screen without a
// reload and, once the agent accepts it, under the agent; the agent transfers it to another queue from the
// conversation view with a note, and the timeline says so. Each queue shows today's service level as the SLA
// report counts it ("—" while nothing counts).
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('supervisor', async (browser) => {
  // Only the agent takes offers in this story: the supervisor is in a meeting (signing in keeps that).
  await api(args.supervisor, 'PUT', '/presence/me', { status: 'MEETING' });
  const [defaultQueue] = await api(args.admin, 'GET', '/routing/queues');
  await api(args.admin, 'PUT', `/routing/queues/${defaultQueue.id}`, { name: 'Default', isDefault: true, push: true });
  const billing = await api(args.admin, 'POST', '/routing/queues', { name: 'Billing', push: false });

  const agent = await newPage(browser);
  await signIn(agent, args.agent);

  // The offer pop-up closed with × declines the offer, so the customer is not left waiting on an absent agent.
  const first = await inbound(args.inboxes.CHAT, { from: 'visitor-live-1', name: 'Ana Live', text: 'Where is my parcel?' });
  const offer = agent.getByRole('dialog', { name: 'New conversation for you' });
  await offer.waitFor();
  await offer.getByRole('button', { name: 'Close' }).click();
  await offer.waitFor({ state: 'detached' });
  const closed = await api(args.agent, 'GET', `/routing/offers?conversationId=${first.conversationId}`);
  if (closed[0]?.outcome !== 'DECLINED') throw new Error(`closing the pop-up did not decline: ${JSON.stringify(closed)}`);

  const supervisor = await newPage(browser);
  await signIn(supervisor, args.supervisor);
  await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Live' }).click();
  await supervisor.getByRole('heading', { level: 1, name: 'Live: queues and agents' }).waitFor();
  await supervisor.getByTestId('queue-state').getByRole('cell', { name: 'Default' }).waitFor();
  const waiting = supervisor.getByTestId('queued');
  await waiting.getByRole('row', { name: /Ana Live.*Waiting/ }).waitFor();
  const agents = supervisor.getByTestId('agent-state');
  const agentRow = agents.getByRole('row').filter({ hasText: 'Agent ' }).filter({ hasText: 'Available' });
  await agentRow.waitFor();
  await screenshot(supervisor, 'supervisor-live');

  // Reassign the waiting chat to the agent, with a note.
  await waiting.getByRole('button', { name: 'Reassign Ana Live' }).click();
  let dialog = supervisor.getByRole('dialog', { name: 'Reassign the conversation' });
  await dialog.getByLabel('Agent', { exact: true }).selectOption(args.agent.id);
  await dialog.getByLabel('Note for the team (optional)').fill('Ana asked twice already');
  await screenshot(supervisor, 'supervisor-reassign-dialog');
  await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await agentRow.getByRole('link', { name: 'Ana Live' }).waitFor();
  await supervisor.getByText('Nobody is waiting.').waitFor();
  const reassigned = await api(args.supervisor, 'GET', `/conversations/${first.conversationId}`);
  if (reassigned.assigneeId !== args.agent.id) throw new Error(`not reassigned: ${reassigned.assigneeId}`);

  // Moving it on to the admin, who is offline, is refused until the supervisor assigns anyway.
  await agentRow.getByRole('button', { name: 'Reassign Ana Live' }).click();
  dialog = supervisor.getByRole('dialog', { name: 'Reassign the conversation' });
  await dialog.getByLabel('Agent', { exact: true }).selectOption(args.admin.id);
  await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
  await dialog.getByRole('alert').getByText(/This agent is offline/).waitFor();
  await screenshot(supervisor, 'supervisor-reassign-refused');
  await dialog.getByLabel('Assign even if the agent is offline or has no free place').check();
  await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await agents.getByRole('row').filter({ hasText: 'Admin ' }).getByRole('link', { name: 'Ana Live' }).waitFor();

  // A new chat shows up live; once the agent accepts it, it is listed under them.
  const second = await inbound(args.inboxes.CHAT, { from: 'visitor-live-2', name: 'Bo Live', text: 'Can I change my plan?' });
  await waiting.getByRole('row', { name: /Bo Live/ }).waitFor();
  await offer.waitFor();
  await offer.getByRole('button', { name: 'Accept' }).click();
  await agent.waitForURL(`**/inbox/mine/${second.conversationId}`);
  await agentRow.getByRole('link', { name: 'Bo Live' }).waitFor();
  // Today's service level per queue, as GET /sla/service-level/today counts it; Billing has seen nobody.
  const queueState = supervisor.getByTestId('queue-state');
  await queueState.getByRole('columnheader', { name: 'Service level today' }).waitFor();
  await queueState.getByRole('row').filter({ hasText: 'Billing' }).getByRole('cell', { name: '—', exact: true }).waitFor();
  const today = await api(args.supervisor, 'GET', '/sla/service-level/today');
  const defaultToday = today.queues.find((row) => row.group === defaultQueue.id);
  const expected = defaultToday.serviceLevelPercent === null ? '—'
    : `${defaultToday.serviceLevelPercent}% · ${defaultToday.answered} answered, ${defaultToday.abandoned} abandoned of ${defaultToday.offered}`;
  await queueState.getByRole('row').filter({ hasText: 'Default' }).getByRole('cell', { name: expected, exact: true }).waitFor();
  await screenshot(supervisor, 'supervisor-live-after');

  // The agent transfers it to the Billing queue from the conversation view, with a note.
  await agent.getByRole('button', { name: 'Transfer' }).click();
  const transfer = agent.getByRole('dialog', { name: 'Transfer the conversation' });
  const unavailable = transfer.getByRole('option', { name: /\(not available\)/ }).first();
  if (!(await unavailable.isDisabled())) throw new Error('an unavailable colleague can be chosen for a transfer');
  await transfer.getByLabel('A queue').check();
  await transfer.getByLabel('Queue', { exact: true }).selectOption(billing.id);
  await transfer.getByLabel('Note for the team (optional)').fill('Wants to downgrade, billing question');
  await screenshot(agent, 'transfer-dialog');
  await transfer.getByRole('button', { name: 'Transfer', exact: true }).click();
  await transfer.waitFor({ state: 'detached' });
  await agent.getByText(/transferred this to the queue Billing/).waitFor();
  await screenshot(agent, 'transfer-done');
  const transferred = await api(args.agent, 'GET', `/conversations/${second.conversationId}`);
  if (transferred.assigneeId) throw new Error(`still assigned after the transfer: ${transferred.assigneeId}`);
  await waiting.getByRole('row', { name: /Bo Live.*Billing/ }).waitFor();
});
