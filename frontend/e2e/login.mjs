// Signs in through the real login page in Korean, fails once, switches to English, signs in and out.
import { args, newPage, scenario, screenshot } from './lib.mjs';

await scenario('login', async (browser) => {
  const page = await newPage(browser, { locale: 'ko-KR' });
  await page.goto(args.baseUrl);
  // The browser asks for Korean, so the login page speaks Korean.
  await page.getByRole('button', { name: '로그인', exact: true }).waitFor();

  await page.getByLabel('이메일').fill(args.admin.email);
  await page.getByLabel('비밀번호').fill('wrong password');
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await page.getByRole('alert').waitFor();

  await page.getByLabel('언어').selectOption('en');
  await page.getByLabel('Password').fill(args.admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const user = page.getByTestId('current-user');
  await user.waitFor();
  const text = await user.textContent();
  if (!text.includes('Admin')) throw new Error(`unexpected user line: ${text}`);
  await screenshot(page, 'login');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
});
