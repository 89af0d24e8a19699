// Schedules: the agent asks for next Wednesday off, the supervisor approves it, generates next week's schedule with the
// solver, sees each shift with its breaks and lunch, the coverage chart and no shift on the Wednesday, and publishes it;
// the agent then finds the shifts under My schedule. A swap that would put the agent to work on their day off is refused
// with the server's reason; the agent offers their Monday to a colleague, who accepts, and the supervisor approves it.
// Last the supervisor moves a shift's start by hand from the grid.
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const today = new Date().toISOString().slice(0, 10);
const monday = addDays(today, (8 - new Date(`${today}T00:00:00Z`).getUTCDay()) % 7);
const tuesday = addDays(monday, 1);
const wednesday = addDays(monday, 2);
// TestWorkspaces names the agent after their e-mail address: agent-<suffix>@test.local is "Agent <suffix>".
const agentName = `Agent ${args.agent.email.slice('agent-'.length, args.agent.email.indexOf('@'))}`;

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
  // This workspace has no history to forecast from: one agent from 09:00 to 17:00 on weekdays instead.
  await form.getByRole('radio', { name: 'Numbers I set', exact: true }).check();
  await form.getByLabel('Solver time limit (s)').fill('2');
  await form.getByRole('button', { name: 'Generate schedule' }).click();
  await page.getByTestId('schedule-status').getByText('Solved').waitFor({ timeout: 60000 });
  await page.getByTestId('schedule-status').getByText('no rule broken').waitFor();
  const grid = page.getByRole('table', { name: 'Shifts by agent and day' });
  const agentRow = grid.locator('tbody tr').first();
  const shifts = await agentRow.getByTestId('shift').count();
  if (shifts < 4 || shifts > 5) throw new Error(`a full-time week has 4 or 5 shifts, saw ${shifts}`);
  await grid.getByTestId('shift').first().getByText(/Lunch \d\d:\d\d/).waitFor();
  const wednesdayColumn = 3;
  const wednesdayCell = agentRow.locator('td').nth(wednesdayColumn - 1);
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

  // A swap both agents agreed to that would put the agent to work on their approved day off: the supervisor sees why not.
  const [schedule] = await api(args.supervisor, 'GET', '/workforce/schedules');
  const refused = await api(args.agent, 'POST', '/workforce/shift-swaps',
    { scheduleId: schedule.id, day: tuesday, partnerId: args.colleague.id, partnerDay: wednesday });
  await api(args.colleague, 'POST', `/workforce/shift-swaps/${refused.id}/accept`);
  await page.reload();
  // The grid and coverage chart above the swaps load after them; clicking before they are in would hit a moving target.
  await page.getByRole('img', { name: /Coverage chart/ }).waitFor();
  const toApprove = page.getByRole('table', { name: 'Shift swaps to approve' });
  await toApprove.getByRole('button', { name: 'Approve swap' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: /hard scheduling rule/ });
  await refusal.waitFor();
  await refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'schedule-swap-refused');
  await toApprove.getByRole('button', { name: 'Decline' }).click();
  await page.getByText('No swap is waiting for approval.').waitFor();

  // The agent offers their Monday for the colleague's Monday.
  await agentPage.reload();
  const offer = agentPage.getByRole('form', { name: 'Offer a shift swap' });
  await offer.getByLabel('My shift').selectOption({ index: 1 });
  await offer.getByLabel('Colleague').selectOption({ label: args.colleagueName });
  await offer.getByLabel('Their shift').selectOption({ index: 1 });
  await offer.getByRole('button', { name: 'Offer swap' }).click();
  await agentPage.getByRole('table', { name: 'My offers' }).getByText('Waiting for the colleague').waitFor();
  await accessible(agentPage, 'my-schedule-swaps');

  const colleaguePage = await newPage(browser);
  await signIn(colleaguePage, args.colleague);
  await colleaguePage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My schedule' }).click();
  const asked = colleaguePage.getByRole('table', { name: 'Asked of me' });
  await asked.getByRole('button', { name: 'Accept' }).click();
  await asked.getByText('Waiting for a supervisor').waitFor();
  await screenshot(colleaguePage, 'schedule-swap-colleague');

  await page.reload();
  await page.getByRole('img', { name: /Coverage chart/ }).waitFor();
  await toApprove.getByRole('button', { name: 'Approve swap' }).click();
  await page.getByText('No swap is waiting for approval.').waitFor();
  await agentRow.locator('td').first().getByText('edited').waitFor();
  await agentPage.reload();
  await agentPage.getByRole('table', { name: 'My offers' }).getByText('Approved').waitFor();

  // A hand edit from the grid: the agent's Monday starts half an hour later or earlier, lunch where the rules put it.
  const mondayCell = agentRow.locator('td').first();
  const start = (await mondayCell.getByTestId('shift').locator('strong').innerText()).slice(0, 5);
  const moved = start === '09:00' ? '09:30' : '09:00';
  await page.getByRole('button', { name: `Edit ${agentName} on ${monday}` }).click();
  const edit = page.getByRole('form', { name: `${agentName} on ${monday}` });
  await edit.getByLabel('Start').fill(moved);
  await edit.getByLabel(/Lunch at/).fill('08:00');
  await edit.getByRole('button', { name: 'Save shift' }).click();
  await edit.getByRole('alert').getByText(/not where the break rules allow lunch/).waitFor();
  await screenshot(page, 'schedule-edit-refused');
  await edit.getByLabel(/Lunch at/).fill('');
  await edit.getByRole('button', { name: 'Save shift' }).click();
  await edit.waitFor({ state: 'detached' });
  await mondayCell.getByText(new RegExp(`^${moved}–`)).waitFor();
  await accessible(page, 'schedules-edited');
  await screenshot(page, 'schedule-edited');
});
