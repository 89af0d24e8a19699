// SLA policies: an admin opens Settings → SLA policies, sees the built-in policies in evaluation order, adds a
// policy for urgent VIP email (conditions, a target in minutes, calendar time), which replaces the built-in ones,
// edits its resolution target to 400 days and sees the API's refusal next to that field, sets 3 days instead,
// adds a catch-all and moves it first, and deletes the first policy. The API answers with what the screen saved.
// A second browser in Korean sees the page localized.
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('sla-policies', async (browser) => {
  const admin = await newPage(browser, { height: 1300 });
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/settings/sla-policies`);
  await admin.getByRole('heading', { level: 2, name: 'SLA policies' }).waitFor();
  const table = admin.getByTestId('sla-policies-table');
  await table.getByRole('row', { name: /Live channels.*Chat, Voice/ }).waitFor();
  await table.getByRole('row', { name: /Default.*Any conversation.*Resolution: 4 days/ }).waitFor();
  await admin.getByTestId('sla-built-in-note').waitFor();
  await screenshot(admin, 'settings-sla-policies-built-in');

  await admin.getByRole('button', { name: 'Add policy' }).click();
  const form = admin.getByRole('form', { name: 'SLA policy' });
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Required.').waitFor();
  await form.getByLabel('Name').fill('Urgent VIP email');
  await form.getByLabel('Email', { exact: true }).check();
  await form.getByLabel('Urgent', { exact: true }).check();
  await form.getByLabel('Tags (any of them)').fill('vip, key account');
  await form.getByLabel('First response: amount').fill('30');
  await form.getByLabel('First response: unit').selectOption('MINUTES');
  await form.getByRole('group', { name: 'Targets' }).getByLabel('Next response', { exact: true }).check();
  await form.getByLabel('Next response: amount').fill('2');
  await form.getByLabel('Calendar time (around the clock)').check();
  await accessible(admin, 'the SLA policy form');
  await screenshot(admin, 'settings-sla-policies-form');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  const row = table.getByRole('row', { name: /Urgent VIP email/ });
  await row.getByText('First response: 30 minutes').waitFor();
  await row.getByText('Tags (any of them): key account, vip', { exact: false }).waitFor();
  await table.getByRole('row', { name: /Live channels/ }).waitFor({ state: 'detached' });

  await admin.getByRole('button', { name: 'Edit policy Urgent VIP email' }).click();
  await form.getByLabel('Resolution: amount').fill('400');
  await form.getByRole('button', { name: 'Save' }).click();
  const refusal = form.getByText('must be more than zero and at most 365 days');
  await refusal.waitFor();
  const describedBy = await form.getByLabel('Resolution: amount').getAttribute('aria-describedby');
  if (describedBy !== await refusal.getAttribute('id')) throw new Error('the refusal is not tied to the resolution field');
  await screenshot(admin, 'settings-sla-policies-refused');
  await accessible(admin, 'the SLA policy form with a refused target');
  await form.getByLabel('Resolution: amount').fill('3');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await row.getByText('Resolution: 3 days').waitFor();
  await screenshot(admin, 'settings-sla-policies');
  await accessible(admin, 'the SLA policies list');

  const [saved] = await api(args.admin, 'GET', '/sla/policies');
  if (saved.name !== 'Urgent VIP email' || saved.builtIn) throw new Error(`unexpected policy ${JSON.stringify(saved)}`);
  const targets = JSON.stringify(saved.targets);
  if (saved.targets.FIRST_RESPONSE !== 'PT30M' || saved.targets.NEXT_RESPONSE !== 'PT2H'
      || saved.targets.RESOLUTION !== 'PT72H') throw new Error(`targets not saved: ${targets}`);
  if (saved.businessTime) throw new Error('calendar time not saved');
  if (saved.conditions.channels.join() !== 'email' || saved.conditions.priorities.join() !== 'URGENT'
      || [...saved.conditions.tags].sort().join() !== 'key account,vip') throw new Error(`conditions not saved: ${JSON.stringify(saved.conditions)}`);

  // A catch-all added afterwards goes last; moved up, it is checked first.
  await admin.getByRole('button', { name: 'Add policy' }).click();
  await form.getByLabel('Name').fill('Everything else');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await table.getByRole('row', { name: /^2 Everything else/ }).waitFor();
  await admin.getByRole('button', { name: 'Move Everything else up' }).click();
  await table.getByRole('row', { name: /^1 Everything else/ }).waitFor();
  await table.getByRole('row', { name: /^2 Urgent VIP email/ }).waitFor();
  const order = (await api(args.admin, 'GET', '/sla/policies')).map((p) => `${p.position} ${p.name}`).join(', ');
  if (order !== '0 Everything else, 1 Urgent VIP email') throw new Error(`order not saved: ${order}`);

  const korean = await newPage(browser, { locale: 'ko-KR', height: 1000 });
  await korean.addInitScript(() => localStorage.setItem('frontline.locale', 'ko'));
  await signIn(korean, args.admin);
  await korean.goto(`${args.baseUrl}/settings/sla-policies`);
  await korean.getByRole('heading', { level: 2, name: 'SLA 정책' }).waitFor();
  await korean.getByText('첫 응답: 30분').waitFor();
  await screenshot(korean, 'settings-sla-policies-ko');

  // Supervisors read policies through the API but have no admin screen for them.
  const supervisor = await newPage(browser);
  await signIn(supervisor, args.supervisor);
  await supervisor.goto(`${args.baseUrl}/settings/sla-policies`);
  await supervisor.getByRole('alert').filter({ hasText: 'You do not have permission to do this.' }).waitFor();
  if (await supervisor.getByRole('link', { name: 'SLA policies' }).count()) throw new Error('supervisors see the SLA policies section');

  await admin.getByRole('button', { name: 'Delete policy Urgent VIP email' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await admin.getByRole('dialog').waitFor({ state: 'detached' });
  await table.getByRole('row', { name: /Urgent VIP email/ }).waitFor({ state: 'detached' });
  const left = (await api(args.admin, 'GET', '/sla/policies')).map((p) => p.name).join(', ');
  if (left !== 'Everything else') throw new Error(`the policy was not deleted: ${left}`);
});
