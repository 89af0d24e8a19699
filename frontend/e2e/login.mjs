// Signs in through the real login page in Debian's Chromium and checks the workspace shell appears.
// Usage: node e2e/login.mjs <baseUrl> <email> <password> <screenshotPath>
import { chromium } from 'playwright-core';

const [baseUrl, email, password, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ locale: 'ko-KR' });
  await page.goto(baseUrl);
  // The browser asks for Korean, so the login page speaks Korean.
  await page.getByRole('button', { name: '로그인' }).waitFor({ timeout: 15000 });

  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill('wrong password');
  await page.getByRole('button', { name: '로그인' }).click();
  await page.getByRole('alert').waitFor();

  await page.getByLabel('언어').selectOption('en');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const user = page.getByTestId('current-user');
  await user.waitFor({ timeout: 15000 });
  const text = await user.textContent();
  if (!text.includes('Admin')) throw new Error(`unexpected user line: ${text}`);
  if (screenshot) await page.screenshot({ path: screenshot });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  console.log('login e2e passed');
} finally {
  await browser.close();
}
