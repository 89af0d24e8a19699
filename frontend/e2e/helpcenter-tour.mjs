// Every help center page (home, category, article, search with its topic filter, contact, a dead link) in all four
// languages on a desktop and on a phone 390 px wide, as full-page screenshots to look at. Fails when a page is wider
// than the phone's screen or reports a CSP violation. The help center is set up through the API; helpcenter.mjs
// covers the admin's and the author's screens.
import { api, args, newPage, scenario } from './lib.mjs';
import { offlineWorld, seedArticles, watchPolicy } from './helpcenter-data.mjs';

const { admin, supervisor, inboxes } = args;
const slug = `tour-${Math.random().toString(36).slice(2, 8)}`;
const searches = { en: 'password', 'zh-Hans': '密码', 'zh-Hant': '密碼', ko: '비밀번호' };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('helpcenter-tour', async (browser) => {
  const violations = [];
  const { category, ids } = await seedArticles(supervisor);
  await api(supervisor, 'PATCH', `/knowledge/categories/${category.id}`, {
    description: 'Signing in, passwords and your profile',
    translations: {
      'zh-Hans': { name: '账户', description: '登录、密码和个人资料' },
      'zh-Hant': { name: '帳戶', description: '登入、密碼和個人資料' },
      ko: { name: '계정', description: '로그인, 비밀번호, 프로필' },
    },
  });
  await api(admin, 'PUT', '/help-center/settings', {
    slug, enabled: true, name: 'Acme Support', brandColor: '#0f766e', logoUrl: 'https://cdn.example.com/logo.svg',
    chatInboxId: inboxes.CHAT, contactInboxId: inboxes.EMAIL,
  });

  for (const [width, device] of [[1100, 'desktop'], [390, 'phone']]) {
    const page = await newPage(browser, { width, height: 844 });
    watchPolicy(page, violations);
    await offlineWorld(page);
    for (const language of Object.keys(searches)) {
      const pages = {
        home: '', category: `/categories/${category.id}`, article: `/articles/${ids[language]}`,
        search: `/search?q=${encodeURIComponent(searches[language])}`, contact: '/contact', 'not-found': '/articles/none',
      };
      for (const [name, rest] of Object.entries(pages)) {
        await page.goto(`${args.baseUrl}/help/${slug}/${language}${rest}`);
        await page.locator('h1').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        check(overflow <= 0, `${name} ${language} on a ${device} is ${overflow}px wider than the screen`);
        await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/helpcenter-tour-${device}-${name}-${language}.png`, fullPage: true });
      }
    }
  }
  check(violations.length === 0, `CSP violations:\n${violations.join('\n')}`);
});
