// Schedules from the forecast: the supervisor opens Schedules, where the required agents come from the queue's
// forecast by default, asks for next week's requirement (eight weeks of weekday-morning history, 600 s handle time,
// 80% within 20 s), sees each day's peak and agent-hours, switches the target to a maximum average speed of answer of
// 15 s (at least as many agents at the peak), generates the schedule and sees required against scheduled.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const monday = args.nextMonday;

await scenario('schedule-forecast', async (browser) => {
  const page = await newPage(browser, { width: 1400, height: 1100 });
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedules' }).click();
  await page.getByRole('heading', { level: 1, name: 'Schedules' }).waitFor();
  const form = page.getByRole('form', { name: 'Generate a schedule' });
  if (!(await form.getByRole('radio', { name: "The queue's forecast", exact: true }).isChecked())) {
    throw new Error('the forecast is not the default source of required agents');
  }
  await form.getByLabel('First day', { exact: true }).fill(monday);
  await form.getByLabel('Solver time limit (s)', { exact: true }).fill('2');
  await form.getByLabel('Handle time (s)', { exact: true }).fill('600');
  await form.getByRole('button', { name: 'Show required agents', exact: true }).click();

  const preview = page.getByRole('table', { name: 'Required agents from the forecast' });
  await preview.waitFor();
  await page.getByTestId('forecast-basis').getByText(/handle time 600 s \(as given\)/).waitFor();
  const mondayRow = preview.getByRole('row', { name: new RegExp(`^${monday}`) });
  const peak = Number(await mondayRow.getByRole('cell').first().textContent());
  if (!(peak >= 9 && peak <= 12)) throw new Error(`Monday's peak: ${peak} agents`);
  if (await preview.getByRole('row', { name: new RegExp(`^${addDays(monday, 5)}`) }).count() !== 0) {
    throw new Error('Saturday has no history, so no requirement');
  }
  await accessible(page, 'schedule-forecast');
  await screenshot(page, 'schedule-forecast-preview');

  await form.getByRole('radio', { name: 'A maximum average speed of answer', exact: true }).check();
  await preview.waitFor({ state: 'detached' });
  await form.getByLabel('Max average speed of answer (s)', { exact: true }).fill('15');
  await form.getByRole('button', { name: 'Show required agents', exact: true }).click();
  await preview.waitFor();
  const asaPeak = Number(await mondayRow.getByRole('cell').first().textContent());
  if (!(asaPeak >= peak)) throw new Error(`Monday's peak for 15 s speed of answer: ${asaPeak} agents, below ${peak} for 80% in 20 s`);
  await screenshot(page, 'schedule-forecast-speed-of-answer');

  await form.getByRole('button', { name: 'Generate schedule' }).click();
  await page.getByTestId('schedule-status').getByText('Solved').waitFor({ timeout: 60000 });
  await page.getByTestId('schedule-status').getByText(/% of required coverage staffed/).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Coverage against requirement' }).waitFor();
  await screenshot(page, 'schedule-forecast');
});
