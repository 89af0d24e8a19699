// Single sign-on in a real browser against the in-test OpenID provider (Spring Authorization Server): the admin
// sets the provider up in Security settings and tests the connection; then the agent signs in with SSO through
// the provider's own login form and lands in the workspace; someone the workspace does not know comes back to the
// sign-in page with the reason.
import { args, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('sso', async (browser) => {
  const admin = await newPage(browser);
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/settings/security`);
  const settings = admin.getByTestId('sso-settings');
  await settings.waitFor();
  const redirectUri = await admin.getByTestId('sso-redirect-uri').inputValue();
  if (redirectUri !== `${args.baseUrl}/api/v1/auth/sso/callback`) throw new Error(`redirect URI shown: ${redirectUri}`);

  await settings.getByLabel('Issuer').fill(args.sso.issuer);
  await settings.getByRole('button', { name: 'Test connection' }).click();
  await admin.getByTestId('sso-test-ok').waitFor();
  await settings.getByRole('heading', { name: 'Single sign-on (OpenID Connect)' }).scrollIntoViewIfNeeded();
  await admin.evaluate(() => window.scrollBy(0, -80));
  await screenshot(admin, 'sso-settings-tested');
  await settings.getByLabel('Client ID').fill(args.sso.clientId);
  await settings.getByLabel('Client secret').fill(args.sso.secret);
  await settings.getByLabel('Email domains').fill(args.sso.domain);
  await settings.getByRole('button', { name: 'Add a claim value' }).click();
  await settings.getByRole('textbox', { name: 'Claim value', exact: true }).fill('fl-supervisors');
  await settings.getByRole('combobox', { name: 'Role', exact: true }).selectOption('SUPERVISOR');
  await settings.getByLabel('Single sign-on is on').check();
  await settings.getByRole('button', { name: 'Save' }).click();
  await settings.getByText('Saved.').waitFor();
  await settings.scrollIntoViewIfNeeded();
  await screenshot(admin, 'sso-settings');

  // Each person comes from an address of their own (through the test's trusted proxy), as on a real network.
  const agent = await newPage(browser);
  await agent.setExtraHTTPHeaders({ 'X-Forwarded-For': '10.78.0.1' });
  await agent.goto(args.baseUrl);
  await agent.getByRole('button', { name: 'Sign in with SSO' }).click();
  await agent.getByLabel('Work email').fill(args.agent.email.replace(/@.*/, `@${args.sso.domain}`));
  await screenshot(agent, 'sso-sign-in-form');
  await agent.getByRole('button', { name: 'Continue' }).click();
  // The provider's own login form (Spring Authorization Server's), on its own host.
  await agent.waitForURL((url) => url.href.startsWith(args.sso.issuer));
  await agent.locator('input[name=username]').fill(args.sso.username);
  await agent.locator('input[name=password]').fill(args.sso.password);
  await screenshot(agent, 'sso-provider-login');
  await agent.locator('button[type=submit]').click();
  const user = agent.getByTestId('current-user');
  await user.waitFor();
  if (!agent.url().startsWith(args.baseUrl)) throw new Error(`landed at ${agent.url()}`);
  await screenshot(agent, 'sso-signed-in');

  const stranger = await newPage(browser);
  await stranger.setExtraHTTPHeaders({ 'X-Forwarded-For': '10.78.0.2' });
  await stranger.goto(args.baseUrl);
  await stranger.getByRole('button', { name: 'Sign in with SSO' }).click();
  await stranger.getByLabel('Work email').fill(args.sso.domain);
  await stranger.getByRole('button', { name: 'Continue' }).click();
  await stranger.waitForURL((url) => url.href.startsWith(args.sso.issuer));
  await stranger.locator('input[name=username]').fill(args.sso.strangerUsername);
  await stranger.locator('input[name=password]').fill(args.sso.password);
  await stranger.locator('button[type=submit]').click();
  const reason = stranger.getByTestId('sso-error');
  await reason.waitFor();
  const text = await reason.textContent();
  if (!text.includes('No member of this workspace')) throw new Error(`unexpected reason: ${text}`);
  if (stranger.url() !== `${args.baseUrl}/`) throw new Error(`the address kept the reason: ${stranger.url()}`);
  await screenshot(stranger, 'sso-unknown-member');
});
