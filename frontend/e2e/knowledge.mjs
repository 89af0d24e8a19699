// Knowledge in the agent workspace and the articles page: a Korean customer's chat gets the Korean article
// suggested in the side panel (UI in Korean); the agent previews it, inserts its summary into the reply, marks it
// helpful, and finds an English article despite a typo. A supervisor writes a new article with the editor's
// toolbar (heading, list, link, video link, callout), publishes it and finds it, and sees the Korean article's
// views, "this helped" and use in the article analytics.
import { accessible, api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const { agent, supervisor, inboxes } = args;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('knowledge', async (browser) => {
  const korean = await api(supervisor, 'POST', '/knowledge/articles', {
    title: '비밀번호 재설정 방법', language: 'ko', audience: 'PUBLIC', status: 'PUBLISHED',
    body: '<p>로그인 화면에서 <b>비밀번호 찾기</b>를 누르세요. 등록된 이메일로 재설정 링크를 보내 드립니다.</p>'
      + '<img src="x" onerror="window.__xss=1">',
  });
  await api(supervisor, 'POST', '/knowledge/articles', {
    title: 'Reset a customer password', language: 'en', audience: 'INTERNAL', status: 'PUBLISHED',
    body: '<p>Open Settings and choose <b>Reset password</b>; the customer gets an email link.</p>',
  });
  const chat = await inbound(inboxes.CHAT, { from: `visitor-${suffix}`, name: '김하나', text: '비밀번호를 잊어버렸어요' });

  const page = await newPage(browser, { locale: 'ko-KR' });
  await signIn(page, agent);
  await page.goto(`${args.baseUrl}/inbox/mine/${chat.conversationId}`);
  const panel = page.getByTestId('knowledge-panel');
  const suggestion = panel.getByRole('button', { name: /비밀번호 재설정 방법/ });
  await suggestion.waitFor();
  await panel.locator('.knowledge-snippet mark').first().waitFor();
  await screenshot(page, 'knowledge-suggestions');

  await suggestion.click();
  await panel.getByTestId('knowledge-preview').getByText('비밀번호 찾기').waitFor();
  await panel.getByRole('button', { name: '요약 넣기' }).click();
  const reply = page.locator('form.composer textarea');
  check((await reply.inputValue()).startsWith('비밀번호 재설정 방법\n로그인 화면에서'), `summary inserted: ${await reply.inputValue()}`);
  await panel.getByRole('button', { name: '도움이 됐어요' }).click();
  await panel.getByRole('button', { name: '감사합니다. 기록했습니다' }).waitFor();
  check(await page.evaluate(() => window.__xss === undefined), 'article markup did not run');
  await screenshot(page, 'knowledge-preview-inserted');
  const feedback = await api(agent, 'GET', `/knowledge/articles/${korean.id}/feedback`);
  check(feedback.helped === 1, `feedback recorded: ${JSON.stringify(feedback)}`);

  await panel.getByRole('searchbox').fill('pasword reset');
  await panel.getByRole('button', { name: /Reset a customer password/ }).waitFor();

  // A supervisor writes an article in the articles page, publishes it, and it is searchable at once.
  const author = await newPage(browser);
  await signIn(author, supervisor);
  await author.getByRole('link', { name: 'Knowledge' }).click();
  await author.getByRole('button', { name: 'New article' }).click();
  await author.getByLabel('Title').fill(`Refund window ${suffix}`);
  await author.getByLabel('Audience').selectOption('PUBLIC');
  await author.getByLabel('Tags (comma separated)').fill('billing, refunds');
  // The body is written with the editor's toolbar: a heading, a list, a link, a video link and a callout.
  await author.getByRole('textbox', { name: 'Body' }).click();
  // The editor takes focus back on the next animation frame after a toolbar button or form: typing before then
  // loses keys.
  const backInEditor = () => author.waitForFunction(() => document.activeElement?.classList.contains('rich-editor-content'));
  const tool = (name) => author.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  await tool('Heading 2').click();
  await backInEditor();
  await author.keyboard.type('Refund rules');
  check(await tool('Heading 2').getAttribute('aria-pressed') === 'true', 'heading button shows it is on');
  await author.keyboard.press('Enter');
  await author.keyboard.type('Customers can ask for a refund within 30 days <script>window.__xss=3</script>');
  await author.keyboard.press('Enter');
  await tool('Bulleted list').click();
  await backInEditor();
  await author.keyboard.type('Unused licences');
  await author.keyboard.press('Enter');
  await author.keyboard.type('Duplicate charges');
  await author.keyboard.press('Enter');
  await author.keyboard.press('Enter');
  await author.keyboard.type('Refund policy');
  await author.keyboard.press('Shift+Home');
  await tool('Link').click();
  const address = author.getByLabel('Link address (https:// or mailto:)');
  await address.fill('javascript:alert(1)');
  await author.getByRole('button', { name: 'Insert' }).click();
  await author.getByRole('alert').getByText('Enter an https:// or mailto: address.').waitFor();
  await accessible(author, 'the article editor with its link form');
  await address.fill('https://example.com/refunds');
  await address.press('Enter');
  await backInEditor();
  await author.keyboard.press('End');
  await author.keyboard.press('Enter');
  await tool('Video link').click();
  await author.getByLabel('YouTube or Vimeo address').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await author.getByRole('button', { name: 'Insert' }).click();
  await backInEditor();
  await author.keyboard.press('Enter');
  await tool('Info callout').click();
  await backInEditor();
  await author.keyboard.type('Refunds go back to the original card.');
  check(await tool('Info callout').getAttribute('aria-pressed') === 'true', 'callout button shows it is on');
  const preview = author.getByTestId('knowledge-editor-preview');
  await preview.locator('.callout-info').getByText('Refunds go back to the original card.').waitFor();
  await screenshot(author, 'knowledge-rich-editor');
  await author.getByRole('button', { name: 'Save' }).click();
  const article = author.getByTestId('knowledge-article');
  await article.getByRole('heading', { name: `Refund window ${suffix}` }).waitFor();
  const articleId = new URL(author.url()).pathname.split('/').pop();
  const saved = (await api(supervisor, 'GET', `/knowledge/articles/${articleId}`)).body;
  const expected = '<h2>Refund rules</h2><p>Customers can ask for a refund within 30 days &lt;script&gt;window.__xss&#61;3&lt;/script&gt;</p>'
    + '<ul><li><p>Unused licences</p></li><li><p>Duplicate charges</p></li></ul>'
    + '<p><a href="https://example.com/refunds" rel="nofollow">Refund policy</a></p>'
    + '<p><a href="https://www.youtube.com/watch?v&#61;dQw4w9WgXcQ" rel="nofollow">https://www.youtube.com/watch?v&#61;dQw4w9WgXcQ</a></p>'
    + '<div class="callout callout-info"><p>Refunds go back to the original card.</p></div>';
  check(saved === expected, `saved body is the editor's HTML: ${saved}`);
  const rendered = article.locator('.knowledge-preview');
  await rendered.getByRole('heading', { name: 'Refund rules', level: 2 }).waitFor();
  check(await rendered.getByRole('listitem').count() === 2, 'the list is rendered');
  await rendered.getByRole('link', { name: 'Refund policy' }).waitFor();
  await rendered.getByRole('link', { name: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }).waitFor();
  await rendered.locator('.callout-info').getByText('Refunds go back to the original card.').waitFor();
  await article.getByRole('button', { name: 'Publish' }).click();
  await article.locator('.status-pill.PUBLISHED').waitFor();
  await article.getByText('version 2').first().waitFor();
  check(await author.evaluate(() => window.__xss === undefined), 'authored script did not run');
  await screenshot(author, 'knowledge-articles-page');
  const found = await api(agent, 'GET', `/knowledge/search?q=${encodeURIComponent(`refund ${suffix}`)}`);
  check(found.items[0]?.title === `Refund window ${suffix}`, `published article found: ${JSON.stringify(found)}`);

  // A translation whose source changed afterwards is flagged, in the reader's language (traditional Chinese).
  const source = await api(supervisor, 'POST', '/knowledge/articles', {
    title: 'Opening hours', body: '<p>We are open 9 to 6.</p>', language: 'en', audience: 'PUBLIC', status: 'PUBLISHED',
  });
  const translation = await api(supervisor, 'POST', '/knowledge/articles', {
    title: '營業時間', body: '<p>我們的營業時間為九點至六點。</p>', language: 'zh-Hant', audience: 'PUBLIC', status: 'PUBLISHED',
    translationOf: source.id,
  });
  await api(supervisor, 'PATCH', `/knowledge/articles/${source.id}`, { body: '<p>We are open 8 to 8.</p>' });
  const reader = await newPage(browser, { locale: 'zh-TW' });
  await signIn(reader, supervisor);
  await reader.goto(`${args.baseUrl}/knowledge/articles/${translation.id}`);
  await reader.getByRole('status').getByText('原文在此翻譯最後儲存後已變更。').waitFor();
  await screenshot(reader, 'knowledge-stale-translation');

  // Article analytics: the Korean article was suggested, previewed, inserted into the reply and marked helpful.
  await author.goto(`${args.baseUrl}/knowledge`);
  await author.getByRole('button', { name: 'Analytics' }).click();
  const table = author.getByTestId('knowledge-analytics').getByRole('table');
  const koreanRow = table.getByRole('row', { name: /비밀번호 재설정 방법/ });
  await koreanRow.waitFor();
  const cells = await koreanRow.getByRole('cell').allInnerTexts();
  check(cells[0] === '1' && cells[1] === '1' && cells[4] === '1', `views, helped, used counted: ${cells.join(' | ')}`);
  await table.getByRole('button', { name: 'Usage rate' }).click();
  await table.locator('th[aria-sort="descending"]').getByText('Usage rate').waitFor();
  await screenshot(author, 'knowledge-analytics');
});
