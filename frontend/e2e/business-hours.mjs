// Business hours: an admin opens Settings → Business hours, sees the default week, moves the calendar to
// Taipei with a split Monday and a Saturday night range (an overlap is refused before anything is sent), adds a
// holiday, previews an .ics import (new and skipped events), imports it, sees a holiday added elsewhere appear
// live, and the API answers with the result.
// A second browser in Traditional Chinese sees the page localized.
import { readFileSync } from 'node:fs';
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

const ics = readFileSync('../src/test/resources/ics/taiwan-holidays.ics');

await scenario('business-hours', async (browser) => {
  const admin = await newPage(browser, { height: 1400 });
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/settings/business-hours`);
  await admin.getByRole('heading', { level: 2, name: 'Business hours' }).waitFor();
  await admin.getByTestId('business-hours-status').filter({ hasText: 'default hours' }).waitFor();

  const hours = admin.getByRole('form', { name: 'Opening hours' });
  await hours.getByLabel('Time zone').selectOption('Asia/Taipei');
  await hours.getByLabel('Monday, range 1: closes').fill('12:00');
  await hours.getByRole('button', { name: 'Add range on Monday' }).click();
  await hours.getByLabel('Monday, range 2: opens').fill('11:00');
  await hours.getByLabel('Monday, range 2: closes').fill('18:00');
  await hours.getByRole('button', { name: 'Save' }).click();
  await hours.getByText('The ranges of a day must not overlap.').waitFor();
  await hours.getByLabel('Monday, range 2: opens').fill('13:00');
  await hours.getByRole('button', { name: 'Add range on Saturday' }).click();
  await hours.getByLabel('Saturday, range 1: opens').fill('22:00');
  await hours.getByLabel('Saturday, range 1: closes').fill('24:00');
  await hours.getByRole('button', { name: 'Save' }).click();
  await admin.getByTestId('business-hours-status').filter({ hasText: "the workspace's hours" }).waitFor();

  await admin.getByLabel('Name', { exact: true }).fill('Company anniversary');
  await admin.getByLabel('First day').fill('2027-03-15');
  await admin.getByLabel('Every year', { exact: true }).check();
  await admin.getByRole('button', { name: 'Add holiday' }).click();
  await admin.getByTestId('holidays-table').getByRole('row', { name: /Company anniversary/ }).waitFor();

  await admin.getByLabel('iCalendar file (.ics)').setInputFiles({ name: 'taiwan.ics', mimeType: 'text/calendar', buffer: ics });
  const preview = admin.getByTestId('import-preview');
  await preview.getByRole('row', { name: /春節, 除夕至初五/ }).waitFor();
  await preview.getByText('2 events are not imported').waitFor();
  await preview.getByText('it repeats by a rule other than every year on the same date').waitFor();
  await screenshot(admin, 'settings-business-hours-import');
  await accessible(admin, 'business hours with an import preview');
  await preview.getByRole('button', { name: 'Import 4 holidays' }).click();
  await admin.getByText('4 holidays imported.').waitFor();
  await admin.getByTestId('holidays-table').getByRole('row', { name: /和平紀念日/ }).waitFor();

  // A change made elsewhere (here through the API) shows up live, without a reload.
  await api(args.admin, 'POST', '/business-hours/holidays', { name: 'Typhoon day', firstDay: '2027-08-02' });
  await admin.getByTestId('holidays-table').getByRole('row', { name: /Typhoon day/ }).waitFor();
  await screenshot(admin, 'settings-business-hours');

  const saved = await api(args.admin, 'GET', '/business-hours');
  if (saved.timezone !== 'Asia/Taipei') throw new Error(`time zone not saved: ${saved.timezone}`);
  const monday = saved.week.MONDAY.map((r) => `${r.from}-${r.to}`).join(' ');
  if (monday !== '09:00-12:00 13:00-18:00') throw new Error(`Monday not saved: ${monday}`);
  if (saved.week.SATURDAY[0]?.to !== '24:00') throw new Error('Saturday night range not saved');
  if (saved.holidays.length !== 6) throw new Error(`expected 6 holidays, got ${saved.holidays.length}`);

  const taipei = await newPage(browser, { locale: 'zh-TW', height: 1400 });
  await taipei.addInitScript(() => localStorage.setItem('frontline.locale', 'zh-TW'));
  await signIn(taipei, args.admin);
  await taipei.goto(`${args.baseUrl}/settings/business-hours`);
  await taipei.getByRole('heading', { level: 2, name: '營業時間' }).waitFor();
  await taipei.getByRole('heading', { name: '假日', exact: true }).waitFor();
  await screenshot(taipei, 'settings-business-hours-zh-TW');
});
