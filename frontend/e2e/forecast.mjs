// Forecast: a supervisor opens the forecast page, forecasts the default queue from four weeks of weekday-morning
// contacts (six between 10:00 and 10:30 each weekday), and sees the method the backtest picked, both methods'
// WAPE and MAPE, last week's actuals beside their forecast and this week's forecast with the agents it needs.
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
  await accessible(page, 'forecast');
  await screenshot(page, 'forecast');
  await page.getByTestId('forecast-coming').scrollIntoViewIfNeeded();
  await screenshot(page, 'forecast-coming');
});
