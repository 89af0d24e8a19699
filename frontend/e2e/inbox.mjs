// The inbox as an agent works it: an empty "Mine", customers' messages appearing live (no reload) with counts
// and the unread count in the tab title, opening one, bulk-assigning two to myself, a saved view with its count.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function countOf(page, testId) {
  return (await page.getByTestId(testId).locator('.count').textContent())?.trim();
}

async function waitForCount(page, testId, expected) {
  await page.waitForFunction(([id, value]) =>
    document.querySelector(`[data-testid="${id}"] .count`)?.textContent?.trim() === value, [testId, expected]);
}

await scenario('inbox', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.agent);

  // An agent lands on "Mine", which is empty in a fresh workspace; no "All" view for agents.
  await page.waitForURL(/\/inbox\/mine$/);
  await page.getByText('Nothing assigned to you right now.').waitFor();
  await waitForCount(page, 'view-mine', '0');
  expect(await page.getByTestId('view-all').count() === 0, 'agents must not see the All view');
  expect(await page.title() === 'Frontline', `title without unread: ${await page.title()}`);

  // Everything from here on happens without a page load: a marker on window must survive to the end.
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.getByRole('link', { name: /Unassigned/ }).click();
  await page.waitForURL(/\/inbox\/unassigned$/);
  await page.getByText('No unassigned conversations.').waitFor();

  // A customer writes in: the conversation appears live, the count and the tab title follow.
  await inbound(args.inboxes.CHAT, { from: 'lina.park@example.com', name: 'Lina Park', text: 'My order #4411 never arrived' });
  const lina = page.getByTestId('conversation-row').filter({ hasText: 'Lina Park' });
  await lina.waitFor();
  expect(await lina.getByRole('img', { name: 'Unread' }).count() === 1, 'a new conversation is unread');
  await waitForCount(page, 'view-unassigned', '1');

  await inbound(args.inboxes.EMAIL, { from: 'omar@example.com', name: 'Omar Haddad', subject: 'Invoice INV-2291 charged twice', text: 'Hello, I was charged twice for my last invoice.' });
  await inbound(args.inboxes.SMS, { from: '+821055501234', name: '김민지', text: '배송 언제 오나요?' });
  await inbound(args.inboxes.WHATSAPP, { from: '+14155550123', name: 'Carlos Mendes', text: 'Can I change my delivery address?' });
  await inbound(args.inboxes.EMAIL, { from: 'wei@example.com', name: '王伟', subject: '退款申请', text: '我想申请退款，订单号 88213。' });
  const omar = page.getByTestId('conversation-row').filter({ hasText: 'Omar Haddad' });
  await omar.waitFor();
  await page.getByTestId('conversation-row').filter({ hasText: '王伟' }).waitFor();
  await waitForCount(page, 'view-unassigned', '5');
  // Admin raises a priority: the row follows live.
  const omarId = await omar.getAttribute('data-id');
  await api(args.admin, 'PATCH', `/conversations/${omarId}`, { priority: 'URGENT' });
  await omar.getByText('Urgent').waitFor();
  await screenshot(page, 'inbox-list');

  // Opening a conversation changes the URL and marks it read.
  await lina.locator('.row-link').click();
  await page.waitForURL(/\/inbox\/unassigned\/[0-9a-f-]{36}$/);
  const linaId = await lina.getAttribute('data-id');
  expect(page.url().endsWith(linaId), `URL names the conversation: ${page.url()}`);
  await page.waitForFunction((id) => !document.querySelector(`[data-id="${id}"] .unread-dot`), linaId);

  // k moves to the previous conversation (Lina's, the oldest, is last), j back.
  await page.keyboard.press('k');
  await page.waitForURL((url) => url.pathname.endsWith(omarId));
  await page.keyboard.press('j');
  await page.waitForURL((url) => url.pathname.endsWith(linaId));
  await page.keyboard.press('k');
  await page.waitForURL((url) => url.pathname.endsWith(omarId));

  // Bulk: select Lina and Omar, assign them to me.
  await lina.getByRole('checkbox').check();
  await omar.getByRole('checkbox').check();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await bulk.getByText('2 selected').waitFor();
  await bulk.locator('select').first().selectOption(`user:${args.agent.id}`);
  await screenshot(page, 'inbox-bulk');
  await bulk.getByRole('button', { name: 'Assign', exact: true }).click();
  await bulk.getByText('2 conversations updated.').waitFor();
  await waitForCount(page, 'view-mine', '2');
  await waitForCount(page, 'view-unassigned', '3');
  // The tab counts my unread conversations: both were opened, so none.
  await page.waitForFunction(() => document.title === 'Frontline');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="conversation-row"]').length === 3);

  await page.getByRole('link', { name: /^Mine/ }).click();
  await page.waitForURL(/\/inbox\/mine$/);
  await lina.waitFor();
  await omar.waitFor();
  // Lina writes again: her conversation turns unread live and the title follows.
  await inbound(args.inboxes.CHAT, { from: 'lina.park@example.com', name: 'Lina Park', text: 'Any news about my order?' });
  await lina.getByRole('img', { name: 'Unread' }).waitFor();
  await page.waitForFunction(() => document.title === '(1) Frontline');

  // A saved view: my email conversations.
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByRole('dialog', { name: 'Filters' }).getByLabel('Channel').selectOption('EMAIL');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/channel=EMAIL/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="conversation-row"]').length === 1);
  await page.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a view' });
  await dialog.getByLabel('Name').fill('My email');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
  const savedView = page.getByRole('link', { name: /My email/ });
  await savedView.waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.saved-view .view-link')]
    .some((link) => link.textContent.includes('My email') && link.querySelector('.count')?.textContent.trim() === '1'));
  await omar.waitFor();
  expect(await page.getByTestId('conversation-row').count() === 1, 'the saved view lists only my email conversation');

  // Still the same document: nothing above needed a reload.
  expect(await page.evaluate(() => window.__sameDocument === true), 'the page was reloaded');

  // No serious accessibility violations on the inbox.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(violations.length === 0, `accessibility violations:\n${violations.join('\n')}`);
});
