// Staffing calculator: a supervisor opens it from the main navigation and finds the fewest agents for the guide's
// worked example (60 contacts per 15 minutes, 240 s, 80% within 20 s: 20 agents, 81.7%, 15.4 s, 80% busy), evaluates
// 19 agents, plans with patience (Erlang A) and shrinkage, and sees the API's reasons for a target no staffing reaches
// and for a question without a target.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('staffing', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staffing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Staffing calculator' }).waitFor();
  const form = page.getByRole('form', { name: 'Staffing question' });

  await form.getByRole('button', { name: 'Calculate' }).click();
  const answer = page.getByTestId('staffing-answer');
  await expectText(answer.getByTestId('result-agents'), '20');
  await expectText(answer.getByTestId('result-service-level'), '81.7%');
  await expectText(answer.getByTestId('result-asa'), '15.4 s');
  await expectText(answer.getByTestId('result-occupancy'), '80.0%');
  if (await answer.getByTestId('result-abandonment').count() !== 0) throw new Error('Erlang C shows no abandonment');
  await accessible(page, 'staffing');
  await screenshot(page, 'staffing-erlang-c');

  await form.getByLabel('Evaluate a number of agents').check();
  await form.getByLabel('Scheduled agents').fill('19');
  await form.getByRole('button', { name: 'Calculate' }).click();
  await expectText(answer.getByTestId('result-service-level'), '70.9%');

  await form.getByLabel('Fewest agents for a target').check();
  await form.getByLabel('Average patience (s)').fill('180');
  await form.getByLabel('Shrinkage (%)').fill('30');
  await form.getByLabel('Maximum occupancy (%)').fill('85');
  await form.getByRole('button', { name: 'Calculate' }).click();
  await answer.getByTestId('result-abandonment').waitFor();
  const onLine = Number(await answer.getByTestId('result-on-line').textContent());
  const scheduled = Number(await answer.getByTestId('result-agents').textContent());
  if (scheduled !== Math.ceil(onLine / 0.7)) throw new Error(`shrinkage: ${scheduled} scheduled for ${onLine} on line`);
  await answer.getByText(/Erlang A/).waitFor();
  await screenshot(page, 'staffing-erlang-a');

  await form.getByLabel('Contacts per interval').fill('1000000000');
  await form.getByRole('button', { name: 'Calculate' }).click();
  await page.getByRole('alert').getByText(/cannot be reached with up to 100000 agents/).waitFor();

  await form.getByLabel('Contacts per interval').fill('60');
  await form.getByLabel('Target service level (%)').fill('');
  await form.getByLabel('Maximum occupancy (%)').fill('');
  await form.getByRole('button', { name: 'Calculate' }).click();
  await page.getByRole('alert').getByText(/Check the highlighted fields.*targetServiceLevel/).waitFor();
  await screenshot(page, 'staffing-problem');
});

async function expectText(locator, expected) {
  await locator.getByText(expected, { exact: true }).waitFor({ timeout: 5000 }).catch(async () => {
    throw new Error(`expected ${expected}, saw ${await locator.textContent()}`);
  });
}
