// An attacker locks an agent's sign-in; the admin sees the lock in Settings → Users and unlocks it.
import { args, newPage, scenario, screenshot, signIn } from './lib.mjs';

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

  // The admin signs the agent out everywhere: the agent's next request finds the session ended.
  await row.getByRole('button', { name: /End sessions of/ }).click();
  await page.getByRole('status').getByText('is signed out everywhere').waitFor();
  await screenshot(page, 'sessions-ended');
  await agent.reload();
  await agent.locator('input[name=email]').waitFor();
});
