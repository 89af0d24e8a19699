// Accessibility and languages: axe-core finds no serious or critical violation on the main screens, and the
// workspace switches to 한국어 and 简体中文 (and back) with its navigation, dates and messages translated.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function audit(page, screen) {
  await page.evaluate(axeSource); // evaluated through DevTools, so the page's CSP does not apply
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

await scenario('a11y', async (browser) => {
  const received = await inbound(args.inboxes.EMAIL, {
    from: 'a11y@example.com', name: '김민준', subject: '환불 요청', text: '지난주에 주문한 상품을 환불하고 싶어요.', language: 'ko',
  });
  const page = await newPage(browser);
  const violations = [];

  await page.goto(args.baseUrl);
  await page.locator('input[name=email]').waitFor();
  violations.push(...await audit(page, 'login'));

  await signIn(page, args.admin);
  const screens = [
    ['inbox', '/inbox/all', () => page.getByText('환불 요청').first().waitFor()],
    ['conversation', `/inbox/all/${received.conversationId}`, () => page.getByText('지난주에 주문한').first().waitFor()],
    ['contacts', '/contacts', () => page.getByText('김민준').first().waitFor()],
    ['team', '/team', () => page.waitForLoadState('networkidle')],
    ['live', '/supervisor', () => page.getByTestId('agent-state').waitFor()],
    ['settings', '/settings', () => page.waitForLoadState('networkidle')],
  ];
  for (const [screen, path, ready] of screens) {
    await page.goto(args.baseUrl + path);
    await ready();
    violations.push(...await audit(page, screen));
  }

  // Languages: switch to Korean, then Simplified Chinese, from the language picker in the top bar.
  await page.goto(`${args.baseUrl}/inbox/all/${received.conversationId}`);
  await page.getByText('지난주에 주문한').first().waitFor();
  await page.getByLabel('Language', { exact: true }).selectOption('ko');
  await page.getByRole('link', { name: '받은 편지함' }).waitFor();
  await screenshot(page, 'workspace-ko');
  await page.getByLabel('언어', { exact: true }).selectOption('zh-CN');
  await page.getByRole('link', { name: '收件箱' }).waitFor();
  await screenshot(page, 'workspace-zh-CN');
  await page.getByLabel('语言', { exact: true }).selectOption('en');
  await page.getByRole('link', { name: 'Inbox' }).waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'en') throw new Error(`html lang is ${lang}`);

  if (violations.length) throw new Error(`accessibility violations:\n${violations.join('\n')}`);
  await api(args.admin, 'GET', '/auth/me');
});
