// The public help center in Chromium: an admin sets it up in Settings, then a visitor reads it in all four
// languages (home, article with image and video, search, language switch), answers "was this helpful?" and
// writes to the team with JavaScript switched off, since the pages must work without it. Any CSP violation fails.
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const { admin, supervisor, inboxes } = args;
const slug = `acme-${suffix}`;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#fff"/>'
  + '<circle cx="32" cy="32" r="18" fill="#0f766e"/></svg>';
const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="160"><rect width="480" height="160" fill="#e0f2fe"/>'
  + '<text x="24" y="90" font-family="sans-serif" font-size="28" fill="#0369a1">Settings › Password › Reset</text></svg>';
const PLAYER = '<!doctype html><body style="margin:0;background:#111;color:#fff;font:20px sans-serif;display:grid;'
  + 'place-items:center;height:100vh">▶ video</body>';

/** The outside world the pages point to (CDN images, the video player) answered locally, as the tests have no network. */
async function offlineWorld(page) {
  await page.context().route('https://cdn.example.com/**', (route) => route.fulfill({
    contentType: 'image/svg+xml', body: route.request().url().includes('logo') ? LOGO : DIAGRAM,
  }));
  await page.context().route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PLAYER }));
}

/** Fails on any Content-Security-Policy violation the page reports. */
function watchPolicy(page, violations) {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
}

await scenario('helpcenter', async (browser) => {
  const violations = [];
  const category = await api(supervisor, 'POST', '/knowledge/categories', { name: 'Account' });
  const english = await api(supervisor, 'POST', '/knowledge/articles', {
    title: 'Reset your password', language: 'en', audience: 'PUBLIC', status: 'PUBLISHED', categoryId: category.id,
    body: '<p>On the sign-in page choose <b>Forgot password</b>. We email you a link that works for one hour.</p>'
      + '<p><img src="https://cdn.example.com/reset-steps.svg" alt="Settings, Password, Reset"></p>'
      + '<div class="callout callout-info">Use a password manager to keep it safe.</div>'
      + '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Watch the two-minute video</a></p>',
  });
  const translations = {
    'zh-Hans': ['重置密码', '<p>在登录页面点击<b>忘记密码</b>。我们会向您发送一封邮件，其中的链接一小时内有效。</p>'],
    'zh-Hant': ['重設密碼', '<p>在登入頁面點選<b>忘記密碼</b>。我們會寄一封電子郵件給您，其中的連結一小時內有效。</p>'],
    ko: ['비밀번호 재설정', '<p>로그인 화면에서 <b>비밀번호 찾기</b>를 누르세요. 한 시간 동안 유효한 링크를 이메일로 보내 드립니다.</p>'],
  };
  const ids = { en: english.id };
  for (const [language, [title, body]] of Object.entries(translations)) {
    const created = await api(supervisor, 'POST', '/knowledge/articles', {
      title, body, language, audience: 'PUBLIC', status: 'PUBLISHED', categoryId: category.id, translationOf: english.id,
    });
    ids[language] = created.id;
  }
  await api(supervisor, 'POST', '/knowledge/articles', {
    title: 'Billing FAQ', language: 'en', audience: 'PUBLIC', status: 'PUBLISHED', body: '<p>Invoices are sent monthly.</p>',
  });
  await api(supervisor, 'POST', '/knowledge/articles', {
    title: 'Internal escalation guide', language: 'en', audience: 'INTERNAL', status: 'PUBLISHED', body: '<p>Agents only.</p>',
  });

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
    en: ['How can we help?', 'Was this article helpful?'],
    'zh-Hans': ['有什么可以帮您？', '这篇文章对您有帮助吗？'],
    'zh-Hant': ['有什麼可以幫您？', '這篇文章對您有幫助嗎？'],
    ko: ['무엇을 도와드릴까요?', '이 문서가 도움이 되었나요?'],
  };
  const reader = await newPage(browser, { width: 1100, height: 900 });
  watchPolicy(reader, violations);
  await offlineWorld(reader);
  for (const [language, [homeTitle, helpful]] of Object.entries(expected)) {
    await reader.goto(`${args.baseUrl}/help/${slug}/${language}`);
    check(await reader.getAttribute('html', 'lang') === language, `html lang ${language}`);
    await reader.getByRole('heading', { level: 1, name: homeTitle }).waitFor();
    check(!(await reader.content()).includes('Internal escalation'), 'internal article not listed');
    await accessible(reader, `help center home ${language}`);
    await screenshot(reader, `helpcenter-home-${language}`);

    await reader.locator(`a[href$="/articles/${ids[language]}"]`).first().click();
    await reader.getByText(helpful).waitFor();
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
