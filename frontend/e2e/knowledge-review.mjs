// Agents suggest an edit on the article page (in the rich editor) and flag an article as outdated from the side
// panel, whose preview styles callouts like the article page; a supervisor works through the review queue (accepts
// the edit as a draft beside the live article, dismisses the flag), compares the draft with the published version
// and publishes it; the category tree is managed in the articles page, where the supervisor makes an agent a
// subject-matter expert of a category, who then writes, sends to review and publishes an article there.
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const { agent, supervisor, expert, inboxes } = args;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('knowledge-review', async (browser) => {
  const article = await api(supervisor, 'POST', '/knowledge/articles', {
    title: `Return shipping ${suffix}`, language: 'en', audience: 'INTERNAL', status: 'PUBLISHED',
    body: '<h2>Labels</h2><p>Customers print the return label from the Orders page. Returns are free within 14 days.</p>'
      + '<div class="callout callout-warning"><p>Damaged items need a photo.</p></div>',
  });

  // An agent suggests an edit on the article page.
  const page = await newPage(browser);
  await signIn(page, agent);
  await page.goto(`${args.baseUrl}/knowledge/articles/${article.id}`);
  await page.getByRole('button', { name: 'Suggest an edit' }).click();
  const form = page.getByTestId('knowledge-suggest');
  // The proposed body is written in the article editor: the last sentence replaced, an info callout added.
  const body = form.getByRole('textbox', { name: 'Body', exact: true });
  const backInEditor = () => page.waitForFunction(() => document.activeElement?.classList.contains('rich-editor-content'));
  const tool = (name) => form.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  await body.click();
  await backInEditor();
  // The caret goes right after "14 days." (ProseMirror reads the DOM selection before it handles the next key).
  await body.evaluate((editor) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf('14 days.');
      if (at >= 0) {
        getSelection().collapse(node, at + '14 days.'.length);
        return;
      }
    }
  });
  for (let i = 0; i < '14 days.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('30 days.');
  await body.getByText('Returns are free within 30 days.', { exact: false }).waitFor();
  await page.keyboard.press('Enter');
  await tool('Info callout').click();
  await backInEditor();
  await page.keyboard.type('Since November.');
  await form.getByLabel('Why (for the authors)', { exact: true }).fill('The return window became 30 days in November');
  await body.locator('.callout-info').getByText('Since November.').waitFor();
  await screenshot(page, 'knowledge-suggest-edit');
  await form.getByRole('button', { name: 'Send to the authors' }).click();
  await page.getByRole('status').getByText('Sent to the authors — thanks').waitFor();

  // Reading a conversation, the agent flags the same article as outdated from the side panel.
  const chat = await inbound(inboxes.CHAT, { from: `visitor-${suffix}`, name: 'Ana', text: `How do I get a return label? ${suffix}` });
  await page.goto(`${args.baseUrl}/inbox/mine/${chat.conversationId}`);
  const panel = page.getByTestId('knowledge-panel');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('button', { name: new RegExp(`Return shipping ${suffix}`) }).click()
    .catch(async (error) => { throw new Error(`${error.message}\npanel: ${await panel.innerText()}`); });
  // The preview styles callouts as the article page does (the same classes and style sheet).
  const warning = panel.getByTestId('knowledge-preview').locator('.callout-warning');
  await warning.getByText('Damaged items need a photo.').waitFor();
  const border = await warning.evaluate((el) => getComputedStyle(el).borderLeftColor);
  check(border === 'rgb(217, 119, 6)', `the side panel's warning callout is styled: ${border}`);
  await screenshot(page, 'knowledge-panel-callout');
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

  const accepted = await api(agent, 'GET', `/knowledge/articles/${article.id}`);
  check(accepted.status === 'PUBLISHED' && accepted.version === 1 && accepted.draftVersion === 2
    && accepted.body.includes('14 days'), `the published version stays live beside the draft: ${JSON.stringify(accepted)}`);

  // The supervisor compares the published version with the accepted draft and publishes it.
  await author.goto(`${args.baseUrl}/knowledge/articles/${article.id}`);
  const waiting = author.getByTestId('knowledge-waiting-draft');
  await waiting.getByRole('button', { name: '게시된 버전과 비교' }).click();
  const diff = author.getByTestId('knowledge-diff');
  await diff.locator('del', { hasText: '14' }).waitFor();
  await diff.locator('ins', { hasText: '30' }).waitFor();
  await screenshot(author, 'knowledge-version-diff');
  await waiting.getByRole('button', { name: '초안 게시' }).click();
  await waiting.waitFor({ state: 'detached' });
  const published = await api(agent, 'GET', `/knowledge/articles/${article.id}`);
  check(published.status === 'PUBLISHED' && published.draftVersion === null && published.body.includes('30 days')
    && published.body.includes('callout-info'), `the draft is published: ${JSON.stringify(published)}`);

  // The supervisor makes another agent the expert of one category.
  await author.goto(`${args.baseUrl}/knowledge`);
  const experts = author.getByTestId('knowledge-authors');
  await experts.getByLabel('상담원').selectOption({ label: expert.name });
  await experts.getByLabel(`결제 ${suffix}`, { exact: true }).check();
  await experts.getByRole('button', { name: '작성 권한 부여' }).click();
  await experts.getByRole('listitem').filter({ hasText: expert.name }).getByText(`결제 ${suffix}`).waitFor();
  await screenshot(author, 'knowledge-experts');

  // The expert writes an article in that category (its sub-category is covered too), sends it to review, publishes it.
  const sme = await newPage(browser);
  await signIn(sme, expert);
  await sme.goto(`${args.baseUrl}/knowledge`);
  await sme.getByRole('button', { name: 'New article' }).click();
  await sme.getByLabel('Title').fill(`Card refunds ${suffix}`);
  const category = sme.getByLabel('Category');
  const choices = await category.locator('option').allTextContents();
  check(choices.length === 2 && choices.every((c) => c.includes(suffix)),
    `the expert files articles only under their categories: ${choices}`);
  await category.selectOption({ index: 1 });
  check((await category.locator('option:checked').textContent()).includes(`환불 ${suffix}`), 'the sub-category is chosen');
  await sme.getByRole('textbox', { name: 'Body', exact: true }).click();
  await sme.waitForFunction(() => document.activeElement?.classList.contains('rich-editor-content'));
  await sme.keyboard.type('Card refunds take five working days.');
  await sme.getByRole('button', { name: 'Save' }).click();
  const written = sme.getByTestId('knowledge-article');
  await written.getByRole('heading', { name: `Card refunds ${suffix}` }).waitFor();
  await written.getByRole('button', { name: 'Send to review' }).click();
  await written.locator('.status-pill', { hasText: 'In review' }).waitFor();
  await written.getByRole('button', { name: 'Publish', exact: true }).click();
  await written.locator('.status-pill', { hasText: 'Published' }).waitFor();
  check(await sme.getByRole('button', { name: 'Analytics', exact: true }).count() === 0, 'analytics stay with supervisors');
  await screenshot(sme, 'knowledge-expert-article');
  // Outside their category the expert reads like any agent.
  await sme.goto(`${args.baseUrl}/knowledge/articles/${article.id}`);
  await sme.getByTestId('knowledge-article').getByRole('button', { name: 'Suggest an edit' }).waitFor();
  check(await sme.getByTestId('knowledge-article').getByRole('button', { name: 'Edit', exact: true }).count() === 0,
    'no authoring actions outside the expert\'s categories');
});
