// Admin and presence: an admin invites a user in Settings → Users, the invitee opens the link in their own
// browser, sets a password and lands in the workspace; they go "On break" and a supervisor's Team page shows it
// live; the admin creates a team, a tag, a canned response and a webhook through the UI and deactivates the
// invitee, whose session ends at once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Fails on serious or critical axe-core findings (evaluated through the driver, so the page's CSP allows it). */
async function accessible(page, screen) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
    .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  if (violations.length) throw new Error(`accessibility of ${screen}:\n${violations.join('\n')}`);
}

const stamp = Date.now().toString(36);
const invitee = { email: `new.agent.${stamp}@example.com`, name: `Nova Agent ${stamp}`, password: 'a brand new password 42' };

async function openSection(page, name) {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

await scenario('admin', async (browser) => {
  const admin = await newPage(browser);
  await signIn(admin, args.admin);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await openSection(admin, 'Users');

  // Invite: the dialog answers with the link to send.
  await admin.getByRole('button', { name: 'Invite user' }).click();
  const invite = admin.getByRole('dialog', { name: 'Invite a user' });
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  await invite.getByText('Required.').first().waitFor(); // validated before anything is sent
  await invite.getByLabel('Email').fill(invitee.email);
  await invite.getByLabel('Name').fill(invitee.name);
  await invite.getByLabel('Role').selectOption('AGENT');
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  const link = await invite.getByTestId('invite-link').inputValue();
  if (!/\/invite\/[^/]+$/.test(link)) throw new Error(`unexpected invitation link ${link}`);
  await invite.getByRole('button', { name: 'Done' }).click();
  await admin.getByRole('row', { name: new RegExp(invitee.name) }).waitFor();
  await screenshot(admin, 'settings-users');
  await accessible(admin, 'settings users');

  // The invitee, in a browser of their own, accepts and lands in the workspace signed in.
  const nova = await newPage(browser);
  await nova.goto(link);
  await nova.getByTestId('invite-email').filter({ hasText: invitee.email }).waitFor();
  await nova.getByLabel('Password', { exact: true }).fill(invitee.password);
  await nova.getByLabel('Repeat password').fill('something else entirely');
  await nova.getByRole('button', { name: 'Join workspace' }).click();
  await nova.getByText('The passwords do not match.').waitFor();
  await nova.getByLabel('Repeat password').fill(invitee.password);
  await nova.getByRole('button', { name: 'Join workspace' }).click();
  await nova.getByTestId('current-user').filter({ hasText: invitee.name }).waitFor();
  if (!new URL(nova.url()).pathname.startsWith('/inbox')) throw new Error(`invitee landed on ${nova.url()}`);

  // An agent's settings hold only their own things.
  await nova.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const agentSections = await nova.getByRole('navigation', { name: 'Settings' }).getByRole('link').allTextContents();
  if (agentSections.join('|') !== 'Profile|Security|Canned responses|API tokens') throw new Error(`agent sees ${agentSections}`);
  await nova.goto(new URL('/settings/users', args.baseUrl).toString());
  await nova.getByText('You do not have permission to do this.').waitFor();

  // A supervisor watches the team board while the invitee goes on a break.
  const supervisor = await newPage(browser);
  await signIn(supervisor, args.supervisor);
  await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await supervisor.getByLabel('Team', { exact: true }).selectOption('');
  const novaRow = supervisor.getByTestId('presence-board').getByRole('row', { name: new RegExp(invitee.name) });
  await novaRow.waitFor();

  await nova.getByTestId('presence-trigger').click();
  await nova.getByLabel('On break').check();
  await nova.getByLabel('Reason (optional)').fill('lunch with the team');
  await nova.getByRole('button', { name: 'Set status' }).click();
  await nova.getByTestId('presence-trigger').filter({ hasText: 'On break' }).waitFor();

  // Live: no reload on the supervisor's side.
  await novaRow.filter({ hasText: 'On break' }).filter({ hasText: 'lunch with the team' }).waitFor();
  await supervisor.waitForTimeout(2100); // let the time in status tick for the picture
  await screenshot(supervisor, 'team-presence');
  await accessible(supervisor, 'team presence');

  // Team, tag, canned response and webhook, each created through the UI and listed.
  await openSection(admin, 'Teams');
  const teamName = `Escalations ${stamp}`;
  await admin.getByLabel('New team name').fill(teamName);
  await admin.getByRole('button', { name: 'Create team' }).click();
  const team = admin.getByRole('article', { name: teamName });
  await team.waitFor();
  await team.getByLabel(`Add a member to ${teamName}`).selectOption({ label: invitee.name });
  await team.getByRole('button', { name: 'Add' }).click();
  await team.getByRole('list', { name: `Members of ${teamName}` }).getByText(invitee.name).waitFor();

  await openSection(admin, 'Tags');
  const tagName = `vip-${stamp}`;
  await admin.getByLabel('Tag', { exact: true }).fill(tagName);
  await admin.getByRole('button', { name: 'Add tag' }).click();
  await admin.getByTestId('tags-table').getByRole('row', { name: new RegExp(tagName) }).waitFor();

  await openSection(admin, 'Canned responses');
  await admin.getByRole('button', { name: 'New canned response' }).click();
  const canned = admin.getByRole('dialog', { name: 'New canned response' });
  await canned.getByLabel('Shortcut').fill(`thanks${stamp}`);
  await canned.getByLabel('Title').fill('Thank you');
  await canned.getByLabel('Text').fill('Hi ');
  await canned.getByRole('button', { name: 'Insert {{contact.name}}' }).click();
  await canned.getByLabel('Text').press('End');
  await canned.getByLabel('Text').pressSequentially(', thanks for your patience. {{agent.name}}');
  await canned.getByLabel('Share with the whole workspace').check();
  await canned.getByRole('button', { name: 'Create' }).click();
  await canned.waitFor({ state: 'detached' });
  await admin.getByTestId('canned-table').getByRole('row', { name: new RegExp(`thanks${stamp}`) }).filter({ hasText: 'Everyone' }).waitFor();
  await screenshot(admin, 'settings-canned');
  await accessible(admin, 'settings canned responses');

  await openSection(admin, 'Webhooks');
  await admin.getByRole('button', { name: 'New webhook' }).click();
  const hook = admin.getByRole('dialog', { name: 'New webhook' });
  const url = `https://203.0.113.10/frontline/${stamp}`;
  await hook.getByLabel('URL').fill(url);
  await hook.getByLabel('All events').uncheck();
  await hook.getByLabel('contact.erased').check();
  await hook.getByRole('button', { name: 'Create' }).click();
  await hook.getByLabel('Signing secret').waitFor();
  await hook.getByRole('button', { name: 'Done' }).click();
  await admin.getByTestId('webhooks-table').getByRole('row', { name: new RegExp(stamp) }).waitFor();
  await admin.getByRole('button', { name: `Deliveries of ${url}` }).click();
  await admin.getByRole('dialog', { name: 'Delivery log' }).getByText('Nothing delivered yet.').waitFor();
  await admin.keyboard.press('Escape');

  // An email inbox's SMTP server: checked before saving, the password write-only afterwards.
  const emailInbox = args.inboxes.EMAIL;
  const before = await api(args.admin, 'GET', `/inboxes/${emailInbox}`);
  await openSection(admin, 'Inboxes');
  const emailRow = admin.getByRole('row').filter({ hasText: before.name }).first();
  await emailRow.getByRole('button', { name: /^Edit inbox/ }).click();
  const inboxDialog = admin.getByRole('dialog', { name: 'Edit inbox' });
  const smtp = inboxDialog.getByTestId('email-smtp');
  await inboxDialog.getByLabel('Email address').fill(`desk.${stamp}@example.com`);
  await inboxDialog.getByLabel('Send replies by SMTP').check();
  await smtp.getByLabel('Server').fill('127.0.0.1');
  await smtp.getByLabel('Port').fill('70000');
  await smtp.getByLabel(/Username/).fill('desk');
  await smtp.getByLabel('Password').fill('smtp secret');
  await inboxDialog.getByRole('button', { name: 'Save' }).click();
  await smtp.getByText('Enter a port from 1 to 65535.').waitFor();
  await smtp.getByLabel('Port').fill('2525');
  await inboxDialog.getByRole('button', { name: 'Save' }).click();
  await inboxDialog.waitFor({ state: 'detached' });
  const saved = await api(args.admin, 'GET', `/inboxes/${emailInbox}`);
  const sent = saved.settings.email?.smtp;
  if (sent?.port !== 2525 || sent?.passwordSet !== true || 'password' in sent) throw new Error(`smtp stored as ${JSON.stringify(sent)}`);
  await emailRow.getByRole('button', { name: /^Edit inbox/ }).click();
  await smtp.getByText('A password is set. Leave empty to keep it.').waitFor();
  await screenshot(admin, 'settings-inbox-email');
  await accessible(admin, 'settings email inbox');
  await admin.keyboard.press('Escape');
  await api(args.admin, 'PATCH', `/inboxes/${emailInbox}`, { settings: before.settings }); // replies elsewhere stay unsent by SMTP

  // Deactivate the invitee (confirmed), whose next request finds the session gone.
  await openSection(admin, 'Users');
  await admin.getByRole('button', { name: `Deactivate ${invitee.name}` }).click();
  const confirm = admin.getByRole('dialog', { name: 'Deactivate user' });
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await admin.getByRole('row', { name: new RegExp(invitee.name) }).filter({ hasText: 'Deactivated' }).waitFor();
  await admin.getByRole('button', { name: `Reactivate ${invitee.name}` }).waitFor();

  await nova.reload();
  await nova.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
});
