// SLA badges in the inbox: three conversations whose next deadlines are overdue, due soon and far off show red,
// amber and neutral badges that count down live, the list sorted by next due time puts them in that order, the
// "breached" filter keeps only the overdue one, and the open conversation's header shows its badge too, with the
// policy move its tag caused on the timeline.
// A second browser in Korean sees the badges and the sort localized.
import { accessible, api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const calendar = (name, conditions, target) =>
  api(args.admin, 'POST', '/sla/policies', { name, conditions, targets: { FIRST_RESPONSE: target }, businessTime: false });

async function rowIds(page) {
  return page.getByTestId('conversation-row').evaluateAll((rows) => rows.map((row) => row.dataset.id));
}

await scenario('sla', async (browser) => {
  await calendar('Overdue', { tags: ['urgent'] }, 'PT3S');
  await calendar('Watch', { tags: ['watch'] }, 'PT24S');
  await calendar('Everything else', {}, 'PT4H');
  const chat = args.inboxes.CHAT;
  const email = args.inboxes.EMAIL;
  const soon = (await inbound(chat, { from: 'visitor-sla-soon', name: 'Soo-ah Park', text: 'Is anyone there?' })).conversationId;
  await api(args.admin, 'PATCH', `/conversations/${soon}`, { tags: ['watch'] });
  const later = (await inbound(email, { from: 'later@example.com', name: 'Lena Ortiz', subject: 'Invoice copy', text: 'When you have a moment.' })).conversationId;
  const overdue = (await inbound(email, { from: 'overdue@example.com', name: 'Wei Chen', subject: 'Site down', text: 'Our checkout fails.' })).conversationId;
  await api(args.admin, 'PATCH', `/conversations/${overdue}`, { tags: ['urgent'] });

  const page = await newPage(browser);
  await signIn(page, args.supervisor);
  await page.goto(`${args.baseUrl}/inbox/all`);
  await page.getByLabel('Sort by').selectOption({ label: 'Next SLA due' });
  await page.waitForURL(/sort=due/);
  await page.waitForFunction((ids) => {
    const rows = [...document.querySelectorAll('[data-testid="conversation-row"]')].map((row) => row.dataset.id);
    return JSON.stringify(rows) === JSON.stringify(ids);
  }, [overdue, soon, later]);

  const badge = (id) => page.locator(`[data-testid="conversation-row"][data-id="${id}"] [data-testid="sla-badge"]`);
  await badge(overdue).and(page.locator('[data-status="overdue"]')).waitFor();
  await badge(later).and(page.locator('[data-status="onTrack"]')).waitFor();
  expect(/^First response: On track, due in 3 hr$/.test(await badge(later).getAttribute('aria-label')),
    `accessible label: ${await badge(later).getAttribute('aria-label')}`);
  // 75% of 24 s: amber from 18 s after the chat arrived, red at 24 s.
  await badge(soon).and(page.locator('[data-status="dueSoon"]')).waitFor({ timeout: 30000 });
  expect((await badge(soon).textContent()).startsWith('▲Due soon · '), `amber badge text: ${await badge(soon).textContent()}`);
  expect((await badge(overdue).textContent()).startsWith('!Overdue · '), `red badge text: ${await badge(overdue).textContent()}`);
  // It counts down without a refetch.
  const before = await badge(later).getAttribute('title');
  await screenshot(page, 'inbox-sla-badges');
  await accessible(page, 'inbox sorted by next SLA due');

  await page.goto(`${args.baseUrl}/inbox/all?sort=due&sla=breached`);
  await page.getByRole('list', { name: 'Active filters' }).getByText('Service level: Breached').waitFor();
  await page.waitForFunction((id) => {
    const rows = [...document.querySelectorAll('[data-testid="conversation-row"]')].map((row) => row.dataset.id);
    return rows.length >= 1 && rows.every((row) => row === id);
  }, overdue);
  expect((await rowIds(page)).includes(soon) === false, 'a conversation not yet breached is filtered out');

  await page.locator(`[data-testid="conversation-row"][data-id="${overdue}"] a`).click();
  const header = page.locator('.conversation-header [data-testid="sla-badge"]');
  await header.and(page.locator('[data-status="overdue"]')).waitFor();
  expect((await header.textContent()).startsWith('!Overdue · '), `header badge: ${await header.textContent()}`);
  expect((await header.getAttribute('aria-label')).startsWith('First response: Overdue, overdue by'),
    `header badge label: ${await header.getAttribute('aria-label')}`);
  // Tagging it urgent moved it to the "Overdue" policy: the timeline says so and why.
  await page.getByText('Service level policy changed from Everything else to Overdue (tags)').waitFor();
  await screenshot(page, 'conversation-sla-badge');

  // Replying meets the first response: the overdue badge goes; resolution (none in these policies) leaves nothing.
  await api(args.supervisor, 'POST', `/conversations/${overdue}/messages`, { text: 'Looking at it now.' });
  await header.waitFor({ state: 'detached' });
  expect(before !== null, 'badge has a title');

  const korean = await newPage(browser, { locale: 'ko-KR' });
  await korean.addInitScript(() => localStorage.setItem('frontline.locale', 'ko'));
  await signIn(korean, args.supervisor);
  await korean.goto(`${args.baseUrl}/inbox/all?sort=due`);
  await korean.locator(`[data-testid="conversation-row"][data-id="${soon}"] [data-testid="sla-badge"]`).waitFor();
  await korean.getByLabel('정렬').or(korean.locator('select').filter({ hasText: 'SLA 기한 임박순' })).first().waitFor();
  await screenshot(korean, 'inbox-sla-badges-ko');
});
