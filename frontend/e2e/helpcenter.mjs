// The public help center in Chromium: an admin sets it up in Settings, then a visitor reads it in all four
// languages (home, article with image and video, search, language switch), answers "was this helpful?" and
// writes to the team with JavaScript switched off, since the pages must work without it. Any CSP violation fails.
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';
import { offlineWorld, seedArticles, watchPolicy } from './helpcenter-data.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const { admin, supervisor, inboxes } = args;
const slug = `acme-${suffix}`;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('helpcenter', async (browser) => {
  const violations = [];
  const { english, ids } = await seedArticles(supervisor);

  // The author names the category in the help center's languages in the knowledge page's category tree.
  const author = await newPage(browser);
  await signIn(author, supervisor);
  await author.goto(`${args.baseUrl}/knowledge`);
  const tree = author.getByTestId('knowledge-categories');
  await tree.getByRole('button', { name: 'Translate Account', exact: true }).click();
  const translations = tree.getByRole('form', { name: 'Translations of Account' });
  await translations.getByLabel('Description (default)').fill('Signing in, passwords and your profile');
  for (const [language, name, description] of [['Chinese (Simplified)', '账户', '登录、密码和个人资料'],
    ['Chinese (Traditional)', '帳戶', '登入、密碼和個人資料'], ['Korean', '계정', '로그인, 비밀번호, 프로필']]) {
    const group = translations.getByRole('group', { name: language, exact: true });
    await group.getByLabel('Name', { exact: true }).fill(name);
    await group.getByLabel('Description', { exact: true }).fill(description);
  }
  await screenshot(author, 'helpcenter-category-translations');
  await translations.getByRole('button', { name: 'Save', exact: true }).click();
  await tree.getByRole('button', { name: 'Translate Account', exact: true }).getByText('(3)').waitFor();

  // The admin turns the help center on.
  const settingsPage = await newPage(browser);
  await signIn(settingsPage, admin);
  await settingsPage.goto(`${args.baseUrl}/settings/help-center`);
  const form = settingsPage.getByTestId('help-center-settings');
  await form.getByLabel('Address').fill(slug);
  await form.getByLabel('Name shown').fill('Acme Support');
  await form.locator('input[name="brandColor"]').fill('#0f766e');
  await form.getByLabel('Logo URL').fill('https://cdn.example.com/logo.svg');
  await form.getByLabel('Chat', { exact: true }).selectOption(inboxes.CHAT);
  await form.getByLabel('Contact form').selectOption(inboxes.EMAIL);
  await form.getByLabel('Help center is public').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Help center settings saved.').waitFor();
  await form.getByTestId('help-center-links').getByRole('link', { name: '한국어' }).waitFor();
  await accessible(settingsPage, 'help center settings');
  await screenshot(settingsPage, 'helpcenter-settings');

  // A visitor reads it in every language.
  const expected = {
    en: ['How can we help?', 'Was this article helpful?', 'Account'],
    'zh-Hans': ['有什么可以帮您？', '这篇文章对您有帮助吗？', '账户'],
    'zh-Hant': ['有什麼可以幫您？', '這篇文章對您有幫助嗎？', '帳戶'],
    ko: ['무엇을 도와드릴까요?', '이 문서가 도움이 되었나요?', '계정'],
  };
  const reader = await newPage(browser, { width: 1100, height: 900 });
  watchPolicy(reader, violations);
  await offlineWorld(reader);
  for (const [language, [homeTitle, helpful, categoryName]] of Object.entries(expected)) {
    await reader.goto(`${args.baseUrl}/help/${slug}/${language}`);
    check(await reader.getAttribute('html', 'lang') === language, `html lang ${language}`);
    await reader.getByRole('heading', { level: 1, name: homeTitle }).waitFor();
    check(!(await reader.content()).includes('Internal escalation'), 'internal article not listed');
    await reader.locator('.card h3').getByRole('link', { name: categoryName, exact: true }).waitFor();
    await accessible(reader, `help center home ${language}`);
    await screenshot(reader, `helpcenter-home-${language}`);

    await reader.locator(`a[href$="/articles/${ids[language]}"]`).first().click();
    await reader.getByText(helpful).waitFor();
    await reader.locator('nav.trail').getByRole('link', { name: categoryName, exact: true }).waitFor();
    check(await reader.locator(`link[rel="alternate"][hreflang="${language}"]`).count() === 1, `hreflang ${language}`);
    await accessible(reader, `help center article ${language}`);
    await screenshot(reader, `helpcenter-article-${language}`);
  }
  // The language switch leads to the translation.
  await reader.goto(`${args.baseUrl}/help/${slug}/en/articles/${english.id}`);
  await reader.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]').waitFor();
  await reader.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '繁體中文' }).click();
  await reader.getByRole('heading', { level: 1, name: '重設密碼' }).waitFor();

  await reader.goto(`${args.baseUrl}/help/${slug}/zh-Hans`);
  await reader.getByRole('searchbox').fill('忘记密码');
  await reader.getByRole('button', { name: '搜索' }).click();
  await reader.getByRole('link', { name: '重置密码' }).waitFor();
  await reader.locator('.hits mark').first().waitFor();
  await screenshot(reader, 'helpcenter-search-zh-Hans');

  // Without JavaScript: feedback and the contact form still work.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR', viewport: { width: 900, height: 900 } });
  const plain = await context.newPage();
  plain.setDefaultTimeout(15000);
  watchPolicy(plain, violations);
  await offlineWorld(plain);
  await plain.goto(`${args.baseUrl}/help/${slug}/ko/articles/${ids.ko}`);
  await plain.getByRole('button', { name: '예' }).click();
  await plain.getByText('의견을 보내 주셔서 감사합니다.').waitFor();
  await plain.getByRole('link', { name: '문의하기' }).last().click();
  await plain.getByText('관련 문서: 비밀번호 재설정').waitFor();
  await plain.getByLabel('이름').fill('김하나');
  await plain.getByLabel('이메일 주소').fill(`hana-${suffix}@example.com`);
  await plain.getByLabel('무엇을 도와드릴까요?').fill('링크가 만료되었어요.');
  await screenshot(plain, 'helpcenter-contact-ko');
  await plain.getByRole('button', { name: '보내기' }).click();
  await plain.getByRole('heading', { name: '메시지를 보냈습니다' }).waitFor();

  await reader.goto(`${args.baseUrl}/help/${slug}/en/articles/00000000-0000-0000-0000-000000000000`);
  await reader.getByRole('heading', { name: 'Page not found' }).waitFor();

  check(violations.length === 0, `CSP violations:\n${violations.join('\n')}`);
});
