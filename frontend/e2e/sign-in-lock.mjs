// A supervisor who mistyped their password a few times waits out the countdown and signs in. An attacker locks an
// agent's sign-in; the sign-in page counts down the wait; the admin sees the lock in Settings → Users and unlocks
// it, lists the agent's sessions and ends them.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

async function attempt(password, account = args.agent) {
  // Tests trust the loopback proxy, so this address is the attacker's own, apart from the admin's.
  const csrf = await fetch(`${args.baseUrl}/api/v1/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const token = cookies.find((c) => c.startsWith('XSRF-TOKEN=')).slice('XSRF-TOKEN='.length);
  const response = await fetch(`${args.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.66.0.1', 'X-XSRF-TOKEN': token, Cookie: cookies.join('; ') },
    body: JSON.stringify({ email: account.email, password }),
  });
  return response.status;
}

await scenario('sign-in-lock', async (browser) => {
  // Five mistakes are free, then the delays double (1, 2, 4 s...); a refused attempt counts as one, the tenth locks.
  for (let i = 0; i < 7; i++) await attempt(`typo ${i}`, args.supervisor);
  const waiting = await newPage(browser);
  await tryToSignIn(waiting, 'typo again', args.supervisor, async () => attempt('typo 7', args.supervisor));
  await waiting.getByRole('timer').getByText(/^You can try again in \d seconds?\.$/).waitFor();
  await screenshot(waiting, 'sign-in-wait-seconds');
  await waiting.getByRole('status').getByText('You can try again now.').waitFor({ timeout: 20_000 });
  await waiting.locator('input[name=password]').fill(args.supervisor.password);
  await waiting.locator('button[type=submit]').click();
  await waiting.getByTestId('current-user').waitFor();

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
  await row.getByRole('button', { name: /Sign-in security of/ }).click();
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

/** Signs in with a wrong {password}; {justBefore} runs right before the button is pressed. */
async function tryToSignIn(page, password, account = args.agent, justBefore = async () => {}) {
  await page.goto(args.baseUrl);
  await page.locator('input[name=email]').fill(account.email);
  await page.locator('input[name=password]').fill(password);
  await justBefore();
  await page.locator('button[type=submit]').click();
}
