// An attacker locks an agent's sign-in; the sign-in page counts down the wait; the admin sees the lock in
// Settings → Users and unlocks it, lists the agent's sessions and ends them.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

async function attempt(password) {
  // Tests trust the loopback proxy, so this address is the attacker's own, apart from the admin's.
  const csrf = await fetch(`${args.baseUrl}/api/v1/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const token = cookies.find((c) => c.startsWith('XSRF-TOKEN=')).slice('XSRF-TOKEN='.length);
  const response = await fetch(`${args.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.66.0.1', 'X-XSRF-TOKEN': token, Cookie: cookies.join('; ') },
    body: JSON.stringify({ email: args.agent.email, password }),
  });
  return response.status;
}

await scenario('sign-in-lock', async (browser) => {
  const statuses = [];
  for (let i = 0; i < 12; i++) statuses.push(await attempt(`guess ${i}`));
  if (statuses.at(-1) !== 429) throw new Error(`not locked: ${statuses}`);

  // The agent at their own browser meets the lock: how long to wait, counting down, and no button to press meanwhile.
  const locked = await newPage(browser);
  await tryToSignIn(locked, 'the right one does not matter now');
  const countdown = locked.getByRole('timer');
  await countdown.getByText(/^You can try again in 1[45]:\d\d\.$/).waitFor();
  const before = await countdown.textContent();
  await locked.waitForFunction((text) => document.querySelector('[role=timer]')?.textContent !== text, before);
  if (!(await locked.locator('button[type=submit]').isDisabled())) throw new Error('sign-in stays possible while locked');
  await locked.getByRole('alert').getByText('Too many attempts.').waitFor();
  await screenshot(locked, 'sign-in-wait');
  await accessible(locked, 'sign-in wait');
  const korean = await newPage(browser, { locale: 'ko-KR' });
  await tryToSignIn(korean, 'again');
  await korean.getByRole('timer').getByText(/^1[45]:\d\d 후에 다시 시도할 수 있습니다\.$/).waitFor();
  await screenshot(korean, 'sign-in-wait-ko');

  const page = await newPage(browser);
  await signIn(page, args.admin);
  await page.goto(`${args.baseUrl}/settings/users`);
  const row = page.locator(`tr[data-email="${args.agent.email}"]`);
  await row.getByText('Locked until').waitFor();
  await screenshot(page, 'sign-in-locked');
  await row.getByRole('button', { name: /Unlock sign-in/ }).click();
  await row.getByText('Locked until').waitFor({ state: 'detached' });
  await screenshot(page, 'sign-in-unlocked');

  const agent = await newPage(browser);
  await signIn(agent, args.agent);

  // The admin sees where the agent is signed in and signs them out everywhere: the agent's next request finds the
  // session ended.
  await row.getByRole('button', { name: /Sessions and two-factor sign-in of/ }).click();
  const dialog = page.getByRole('dialog');
  const sessions = dialog.getByTestId('member-sessions');
  await sessions.getByText('Chrome').first().waitFor();
  await screenshot(page, 'member-sessions');
  await accessible(page, 'member sessions');
  await dialog.getByRole('button', { name: /End sessions of/ }).click();
  await dialog.getByRole('status').getByText('is signed out everywhere').waitFor();
  await dialog.getByText('Not signed in anywhere.').waitFor();
  await screenshot(page, 'sessions-ended');
  await agent.reload();
  await agent.locator('input[name=email]').waitFor();
});

async function tryToSignIn(page, password) {
  await page.goto(args.baseUrl);
  await page.locator('input[name=email]').fill(args.agent.email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
}
