// Agents suggest an edit on the article page and flag an article as outdated from the side panel; a supervisor
// works through the review queue (accepts the edit as a new draft version, dismisses the flag) and compares the
// versions word by word; the category tree is managed in the articles page.
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const { agent, supervisor, inboxes } = args;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('knowledge-review', async (browser) => {
  const article = await api(supervisor, 'POST', '/knowledge/articles', {
    title: `Return shipping ${suffix}`, language: 'en', audience: 'INTERNAL', status: 'PUBLISHED',
    body: '<h2>Labels</h2><p>Customers print the return label from the Orders page. Returns are free within 14 days.</p>',
  });

  // An agent suggests an edit on the article page.
  const page = await newPage(browser);
  await signIn(page, agent);
  await page.goto(`${args.baseUrl}/knowledge/articles/${article.id}`);
  await page.getByRole('button', { name: 'Suggest an edit' }).click();
  const form = page.getByTestId('knowledge-suggest');
  await form.getByLabel('Body (HTML)').fill(
    '<h2>Labels</h2><p>Customers print the return label from the Orders page. Returns are free within 30 days.</p>');
  await form.getByLabel('Why (for the authors)').fill('The return window became 30 days in November');
  await screenshot(page, 'knowledge-suggest-edit');
  await form.getByRole('button', { name: 'Send to the authors' }).click();
  await page.getByRole('status').getByText('Sent to the authors — thanks').waitFor();

  // Reading a conversation, the agent flags the same article as outdated from the side panel.
  const chat = await inbound(inboxes.CHAT, { from: `visitor-${suffix}`, name: 'Ana', text: `How do I get a return label? ${suffix}` });
  await page.goto(`${args.baseUrl}/inbox/mine/${chat.conversationId}`);
  const panel = page.getByTestId('knowledge-panel');
  await panel.getByRole('button', { name: new RegExp(`Return shipping ${suffix}`) }).click();
  await panel.getByRole('button', { name: 'Suggest an edit' }).click();
  const flag = panel.getByTestId('knowledge-suggest');
  check(await flag.getByLabel('Outdated').isChecked(), 'the side panel proposes an outdated flag first');
  await flag.getByLabel('Why (for the authors)').fill('Labels are now emailed, not printed');
  await flag.getByRole('button', { name: 'Send to the authors' }).click();
  await panel.getByRole('button', { name: 'Sent to the authors — thanks' }).waitFor();

  // The supervisor reviews both, oldest first, in Korean.
  const author = await newPage(browser, { locale: 'ko-KR' });
  await signIn(author, supervisor);
  await author.goto(`${args.baseUrl}/knowledge`);
  // The category tree: add two categories and move one under the other.
  const tree = author.getByTestId('knowledge-categories');
  for (const name of [`결제 ${suffix}`, `환불 ${suffix}`]) {
    await tree.getByLabel('새 카테고리').fill(name);
    await tree.getByRole('button', { name: '추가' }).click();
    await tree.locator('li > span', { hasText: name }).first().waitFor();
  }
  await tree.getByLabel(`환불 ${suffix} 이동 위치`).selectOption({ label: `결제 ${suffix}` });
  await tree.locator('li', { hasText: `환불 ${suffix}` }).and(tree.locator('li[style*="padding-inline-start: 1.1rem"]')).waitFor();
  await screenshot(author, 'knowledge-categories');
  await author.getByRole('button', { name: '검토 대기열' }).click();
  const queue = author.getByTestId('knowledge-review');
  await queue.getByText('The return window became 30 days in November').waitFor();
  await queue.getByText('Labels are now emailed, not printed').waitFor();
  await screenshot(author, 'knowledge-review-queue');
  await queue.getByRole('listitem').filter({ hasText: 'became 30 days' }).getByRole('button', { name: '초안으로 수락' }).click();
  await queue.getByText('The return window became 30 days in November').waitFor({ state: 'detached' });
  await queue.getByRole('listitem').filter({ hasText: 'emailed' }).getByRole('button', { name: '거절' }).click();
  await queue.getByText('검토할 항목이 없습니다.').waitFor();

  const accepted = await api(supervisor, 'GET', `/knowledge/articles/${article.id}`);
  check(accepted.status === 'DRAFT' && accepted.version === 2 && accepted.body.includes('30 days'),
    `accepted edit is a new draft version: ${JSON.stringify(accepted)}`);

  // The supervisor compares version 1 with the accepted draft.
  await author.goto(`${args.baseUrl}/knowledge/articles/${article.id}`);
  await author.getByRole('button', { name: '현재 버전과 비교' }).click();
  const diff = author.getByTestId('knowledge-diff');
  await diff.locator('del', { hasText: '14' }).waitFor();
  await diff.locator('ins', { hasText: '30' }).waitFor();
  await screenshot(author, 'knowledge-version-diff');
});
