// What both help center scenarios need: the articles a visitor reads and the outside world answered locally.
import { api } from './lib.mjs';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#fff"/>'
  + '<circle cx="32" cy="32" r="18" fill="#0f766e"/></svg>';
const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="160"><rect width="480" height="160" fill="#e0f2fe"/>'
  + '<text x="24" y="90" font-family="sans-serif" font-size="28" fill="#0369a1">Settings › Password › Reset</text></svg>';
const PLAYER = '<!doctype html><body style="margin:0;background:#111;color:#fff;font:20px sans-serif;display:grid;'
  + 'place-items:center;height:100vh">▶ video</body>';

/** The outside world the pages point to (CDN images, the video player) answered locally, as the tests have no network. */
export async function offlineWorld(page) {
  await page.context().route('https://cdn.example.com/**', (route) => route.fulfill({
    contentType: 'image/svg+xml', body: route.request().url().includes('logo') ? LOGO : DIAGRAM,
  }));
  await page.context().route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PLAYER }));
}

/** Fails on any Content-Security-Policy violation the page reports. */
export function watchPolicy(page, violations) {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
}

/** An "Account" category and a password article in all four languages, one uncategorised and one internal article. */
export async function seedArticles(supervisor) {
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

  return { category, english, ids };
}
