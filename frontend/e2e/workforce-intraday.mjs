// Intraday and the agent work report: a supervisor opens today's intraday view of a queue running at twice its
// forecast (ten chats each day in the half hour two hours ago and two hours ahead for four weeks; twenty today two
// hours ago) and sees the ratio, the chart, the rest of the day's scheduled against required agents (Wendy works the
// busiest half hour, Tom is in training then, both on the phones the half hours around it) with the projected service
// level, and the suggested actions naming the agents with their projected service level; then the
// day's work report with the agent's time in each state and the contact they resolved, and its CSV.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

/** Fails when an interval's time is not kept on one line (it wrapped as "12:00 / PM"). */
async function timesOnOneLine(intervals, language) {
  const wrapped = await intervals.locator('tbody th').evaluateAll((cells) => cells.filter((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    return getComputedStyle(cell).whiteSpace !== 'nowrap' || lines > 1;
  }).map((cell) => cell.textContent));
  if (wrapped.length) throw new Error(`interval times wrap in ${language}: ${wrapped}`);
}

await scenario('workforce-intraday', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.supervisor);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Intraday' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intraday' }).waitFor();
  const form = page.getByRole('form', { name: 'Intraday parameters' });
  await form.getByLabel('Weeks of history').fill('4');
  await form.getByLabel('Average handle time (s)').fill('600');
  await form.getByRole('button', { name: 'Show today' }).click();

  const summary = page.getByTestId('intraday-summary');
  await summary.waitFor();
  const ratio = await summary.locator('dd').first().textContent();
  if (!/^×(1\.[7-9]|2(\.\d+)?)$/.test(ratio.trim())) throw new Error(`ratio shown: ${ratio}`);
  const lines = await page.getByTestId('intraday-chart').locator('polyline').count();
  if (lines < 3) throw new Error(`intraday chart has ${lines} lines`);
  const intervals = page.getByTestId('intraday-intervals');
  const headers = await intervals.getByRole('columnheader').allTextContents();
  for (const header of ['Required', 'Scheduled', 'Logged in now', 'Projected service level']) {
    if (!headers.includes(header)) throw new Error(`interval columns: ${headers}`);
  }
  const scheduled = await intervals.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[3].textContent));
  if (!['2', '1', '2'].every((count, i) => scheduled.slice(3, 6)[i] === count)) throw new Error(`scheduled per interval: ${scheduled}`);
  const rows = await page.getByTestId('intraday-suggestions').getByRole('row').allTextContents();
  if (!rows.some((row) => row.includes('Offer overtime') && row.includes('Meets'))) throw new Error(`suggestions: ${rows}`);
  if (!rows.some((row) => row.includes('Cancel training') && row.includes('Tom Trainee'))) throw new Error(`suggestions: ${rows}`);
  await accessible(page, 'intraday');
  await screenshot(page, 'intraday');
  await intervals.scrollIntoViewIfNeeded();
  await screenshot(page, 'intraday-intervals');
  await page.getByTestId('intraday-suggestions').scrollIntoViewIfNeeded();
  await screenshot(page, 'intraday-actions');

  // Each interval's time on one line, in English ("12:00 PM") and in Korean ("오후 12:00"), even on a narrow window.
  await timesOnOneLine(intervals, 'English');
  await page.getByLabel('Language', { exact: true }).selectOption('ko');
  await intervals.getByRole('columnheader', { name: '필요' }).waitFor();
  await page.setViewportSize({ width: 900, height: 800 });
  await timesOnOneLine(intervals, 'Korean');
  await intervals.scrollIntoViewIfNeeded();
  await screenshot(page, 'intraday-intervals-ko');
  await page.getByLabel('언어', { exact: true }).selectOption('en');
  await page.setViewportSize({ width: 1280, height: 800 });

  await nav.getByRole('link', { name: 'Work report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agent work report' }).waitFor();
  const agentRow = page.getByTestId('work-report').getByRole('row', { name: new RegExp(args.agentName) });
  await agentRow.waitFor();
  const cells = await agentRow.getByRole('cell').allTextContents();
  if (cells[cells.length - 3] !== '1') throw new Error(`contacts resolved: ${cells}`);
  const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
  const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
  if (!csv.startsWith('day,agent,available_seconds') || !csv.includes(args.agentName)) throw new Error(`csv: ${csv}`);
  await accessible(page, 'work report');
  await screenshot(page, 'work-report');
});
