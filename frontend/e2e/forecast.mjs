// Forecast: a supervisor opens the forecast page, forecasts the default queue from four weeks of weekday-morning
// contacts (six between 10:00 and 10:30 each weekday), and sees the method the backtest picked, both methods'
// WAPE and MAPE, last week's actuals beside their forecast and this week's forecast with the agents it needs; a
// special day doubles this week's Tuesday until it is removed.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('forecast', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forecast' }).click();
  await page.getByRole('heading', { level: 1, name: 'Forecast' }).waitFor();
  const form = page.getByRole('form', { name: 'Forecast parameters' });
  await form.getByLabel('Weeks of history').fill('4');
  await form.getByRole('button', { name: 'Forecast' }).click();

  await page.getByTestId('forecast-method').getByText(/Method picked by the backtest: (8-week same-interval average|Holt-Winters)/).waitFor();
  const rows = await page.getByTestId('forecast-backtest').getByRole('row').allTextContents();
  if (rows.length !== 3 || !rows[1].includes('8-week same-interval average') || !rows[2].includes('Holt-Winters')) {
    throw new Error(`backtest rows: ${rows}`);
  }
  if (!/%/.test(rows[1])) throw new Error(`no WAPE for the baseline: ${rows[1]}`);
  for (const chart of ['forecast-last-week', 'forecast-coming']) {
    const points = await page.getByTestId(chart).locator('polyline').evaluateAll((lines) => lines.map((l) => l.getAttribute('points').split(' ').length));
    if (points.length < 2 || points.some((n) => n !== 336)) throw new Error(`${chart}: ${points} points per line`);
  }
  await page.getByTestId('forecast-coming').getByText('Agents to schedule').waitFor();
  await page.getByTestId('forecast-model').getByText('Handle time: 300 s, as given.').waitFor();
  await accessible(page, 'forecast');
  await screenshot(page, 'forecast');

  // The plan of Monday (the first day) replayed in the routing simulator.
  await page.getByRole('button', { name: 'Simulate the day' }).click();
  const simulated = page.getByTestId('simulator-result');
  await simulated.waitFor({ timeout: 60000 });
  if (!/%/.test(await simulated.textContent())) throw new Error('no simulated service level');
  await simulated.scrollIntoViewIfNeeded();
  await accessible(page, 'forecast with a simulated day');
  await screenshot(page, 'forecast-simulator');

  // A special day: this week's Tuesday doubled, listed once, shown under the forecast; then removed again.
  const specialDay = page.getByRole('form', { name: 'Special day' });
  await specialDay.getByLabel('Day').fill(args.tuesday);
  await specialDay.getByLabel('Factor').fill('2');
  await specialDay.getByLabel('Note').fill('Launch');
  await specialDay.getByRole('button', { name: 'Save day' }).click();
  await page.getByTestId('forecast-adjustments').getByRole('row', { name: /Launch/ }).waitFor();
  await page.getByTestId('forecast-adjusted').getByText(/Adjusted days: .*×2/).waitFor();
  await page.getByTestId('forecast-coming').scrollIntoViewIfNeeded();
  await accessible(page, 'forecast with a special day');
  await screenshot(page, 'forecast-coming');
  await page.getByRole('button', { name: `Remove ${args.tuesday}` }).click();
  await page.getByText('No special days for this queue.').waitFor();
  await page.getByTestId('forecast-adjusted').waitFor({ state: 'detached' });
});
