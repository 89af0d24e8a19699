// Agent work rules: the agent sets a preference (in force at once) and asks for availability without Mondays and not on
// 1 February 2027 (waiting for approval) under My schedule; the supervisor adds a break rule set and a part-time contract
// template, assigns the agent to it, approves the availability, overrides the agent's weekly hours and adds a dated
// exception (10:00-14:00 on 3 February) from the Work rules page. Fields wrapped in
// their label are found by an anchored pattern: a wrapped select's or input's own value is part of the label's text.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

// TestWorkspaces names the agent after their e-mail address: agent-<suffix>@test.local is "Agent <suffix>".
const agentName = `Agent ${args.agent.email.slice('agent-'.length, args.agent.email.indexOf('@'))}`;

await scenario('work-rules', async (browser) => {
  const agentPage = await newPage(browser, { width: 1280, height: 1400 });
  await signIn(agentPage, args.agent);
  await agentPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My schedule' }).click();
  const mine = agentPage.getByRole('region', { name: 'My work rules' });
  await mine.getByText('Contract: No contract (full time)').waitFor();
  const preferences = mine.getByRole('form', { name: 'Preferences' });
  await preferences.getByLabel(/^Saturday/).selectOption('undesired');
  await preferences.getByLabel(/^Preferred start/).fill('08:00');
  await preferences.getByRole('button', { name: 'Save preferences' }).click();
  await preferences.getByRole('status').getByText('Saved').waitFor();

  const availability = mine.getByRole('form', { name: 'Availability' });
  await availability.getByLabel('Any time', { exact: true }).uncheck();
  await availability.getByLabel('Monday', { exact: true }).uncheck();
  await availability.getByLabel('Tuesday from', { exact: true }).fill('07:00');
  await availability.getByLabel('Date', { exact: true }).fill('2027-02-01');
  await availability.getByRole('button', { name: 'Add exception' }).click();
  await availability.getByRole('listitem').filter({ hasText: '2027-02-01: Not available' }).waitFor();
  await availability.getByRole('button', { name: 'Ask for this availability' }).click();
  await mine.getByText(/Waiting for a supervisor's approval: Tue 07:00–18:00.*\(\+1 dated exception\)/).waitFor();
  await mine.getByText('Availability in force: Any time').waitFor();
  await accessible(agentPage, 'my work rules');
  await mine.scrollIntoViewIfNeeded();
  await screenshot(agentPage, 'work-rules-agent');

  const page = await newPage(browser, { width: 1400, height: 1600 });
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work rules' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agent work rules' }).waitFor();

  const breakForm = page.getByRole('form', { name: 'New break rule set' });
  await breakForm.getByLabel(/^Set name/).fill('Long lunch');
  await breakForm.getByLabel('Lunch minutes (From shift length 2)', { exact: true }).fill('45');
  await breakForm.getByRole('button', { name: 'Add break rules' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Long lunch' }).getByText(/45 min lunch/).waitFor();

  const templateForm = page.getByRole('form', { name: 'New contract template' });
  await templateForm.getByLabel(/^Name/).fill('Part time 20h');
  await templateForm.getByLabel(/^Minimum hours/).fill('16');
  await templateForm.getByLabel(/^Maximum hours/).fill('20');
  await templateForm.getByLabel(/^Days per week at most/).fill('4');
  await templateForm.getByLabel('Sat', { exact: true }).check();
  await templateForm.getByLabel('Sun', { exact: true }).check();
  await templateForm.getByLabel(/^Break rules/).selectOption({ label: 'Long lunch' });
  await templateForm.getByRole('button', { name: 'Add template' }).click();
  const templateRow = page.getByRole('row').filter({ hasText: 'Part time 20h' });
  await templateRow.getByRole('cell', { name: 'Saturday, Sunday' }).waitFor();
  await templateRow.getByRole('cell', { name: 'Long lunch' }).waitFor();

  const agents = page.getByRole('table', { name: 'Agents' });
  const agentRow = agents.getByRole('row').filter({ has: page.getByRole('rowheader', { name: agentName, exact: true }) });
  await agentRow.getByLabel(`Contract of ${agentName}`, { exact: true }).selectOption({ label: 'Part time 20h' });
  await agentRow.getByRole('cell', { name: '16–20 h · up to 4 days' }).waitFor();
  await agentRow.getByRole('button', { name: `Approve availability of ${agentName}` }).click();
  await agentRow.getByRole('cell', { name: /^Tue 07:00–18:00, Wed 08:00–18:00.*\(\+1 dated exception\)$/ }).waitFor();
  await agentRow.getByRole('button', { name: `Approve availability of ${agentName}` }).waitFor({ state: 'detached' });

  await agentRow.getByRole('button', { name: `Edit rules of ${agentName}` }).click();
  const editor = page.getByRole('form', { name: `Rules of ${agentName}` });
  await editor.getByLabel(/^Maximum hours per week \(override\)/).fill('18');
  await editor.getByRole('listitem').filter({ hasText: '2027-02-01: Not available' }).waitFor();
  await editor.getByLabel('Date', { exact: true }).fill('2027-02-03');
  await editor.getByLabel('Not available', { exact: true }).uncheck();
  await editor.getByLabel(/^From/).fill('10:00');
  await editor.getByLabel(/^Until/).fill('14:00');
  await editor.getByRole('button', { name: 'Add exception' }).click();
  await editor.getByRole('listitem').filter({ hasText: '2027-02-03: 10:00–14:00' }).waitFor();
  await editor.scrollIntoViewIfNeeded();
  await screenshot(page, 'work-rules-exceptions');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'detached' });
  await agentRow.getByRole('cell', { name: '16–18 h · up to 4 days' }).waitFor();
  await agentRow.getByRole('cell', { name: /\(\+2 dated exceptions\)$/ }).waitFor();
  await accessible(page, 'work rules');
  await screenshot(page, 'work-rules-supervisor');

  await agentPage.reload();
  await mine.getByText('Contract: Part time 20h').waitFor();
  await mine.getByText(/Availability in force: Tue 07:00–18:00/).waitFor();
  if (await mine.getByText(/Waiting for a supervisor's approval/).count() !== 0) throw new Error('the approved change still waits');
});
