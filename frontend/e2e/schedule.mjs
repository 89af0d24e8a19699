// Schedules: the agent asks for next Wednesday off, the supervisor approves it, generates next week's schedule with the
// solver, sees each shift with its breaks and lunch, the coverage chart and no shift on the Wednesday, and publishes it;
// the agent then finds the shifts under My schedule.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const today = new Date().toISOString().slice(0, 10);
const monday = addDays(today, (8 - new Date(`${today}T00:00:00Z`).getUTCDay()) % 7);
const wednesday = addDays(monday, 2);

await scenario('schedule', async (browser) => {
  const agentPage = await newPage(browser);
  await signIn(agentPage, args.agent);
  await agentPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My schedule' }).click();
  await agentPage.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
  const request = agentPage.getByRole('form', { name: 'Request time off' });
  await request.getByLabel('From').fill(wednesday);
  await request.getByLabel('Reason').fill('Dentist');
  await request.getByRole('button', { name: 'Request' }).click();
  await agentPage.getByRole('cell', { name: 'Waiting' }).waitFor();

  const page = await newPage(browser, { width: 1400, height: 1000 });
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedules' }).click();
  await page.getByRole('heading', { level: 1, name: 'Schedules' }).waitFor();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('cell', { name: 'Approved' }).waitFor();

  const form = page.getByRole('form', { name: 'Generate a schedule' });
  await form.getByLabel('First day').fill(monday);
  await form.getByLabel('Solver time limit (s)').fill('2');
  await form.getByRole('button', { name: 'Generate schedule' }).click();
  await page.getByTestId('schedule-status').getByText('Solved').waitFor({ timeout: 60000 });
  await page.getByTestId('schedule-status').getByText('no rule broken').waitFor();
  const grid = page.getByRole('table', { name: 'Shifts by agent and day' });
  const shifts = await grid.getByTestId('shift').count();
  if (shifts < 4 || shifts > 5) throw new Error(`a full-time week has 4 or 5 shifts, saw ${shifts}`);
  await grid.getByTestId('shift').first().getByText(/Lunch \d\d:\d\d/).waitFor();
  const wednesdayColumn = 3;
  const wednesdayCell = grid.locator('tbody tr').first().locator('td').nth(wednesdayColumn - 1);
  if (await wednesdayCell.getByTestId('shift').count() !== 0) throw new Error('a shift on the approved day off');
  await page.getByRole('img', { name: /Coverage chart/ }).waitFor();
  await accessible(page, 'schedules');
  await screenshot(page, 'schedule-supervisor');

  await page.getByRole('button', { name: 'Publish to agents' }).click();
  await page.getByTestId('schedule-status').getByText('Published').waitFor();

  await agentPage.reload();
  const mine = agentPage.getByRole('list', { name: 'My schedule' });
  await mine.getByTestId('shift').first().waitFor();
  const published = await mine.getByTestId('shift').count();
  if (published !== shifts) throw new Error(`the agent sees ${published} of ${shifts} shifts`);
  await accessible(agentPage, 'my-schedule');
  await screenshot(agentPage, 'schedule-agent');
});
