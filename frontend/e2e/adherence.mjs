// Schedule adherence: a supervisor opens the work report of a past day with a published shift whose agent started
// ten minutes late and worked through their breaks and lunch, and sees the agent's adherence, conformance and the
// exceptions (late start, then each break and lunch spent available).
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('adherence', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agent work report' }).waitFor();
  await page.getByLabel('Day').fill(args.day);

  const row = page.getByTestId('adherence').getByRole('row', { name: new RegExp(args.agentName) });
  await row.waitFor();
  const cells = await row.getByRole('cell').allTextContents();
  if (cells[1] !== args.adherence || cells[3] !== String(args.exceptions)) throw new Error(`adherence row: ${cells}`);
  const exceptions = await page.getByTestId('adherence-exceptions').getByRole('row').allTextContents();
  if (!exceptions.some((text) => text.includes('Working') && text.includes('Offline'))) throw new Error(`exceptions: ${exceptions}`);
  if (!exceptions.some((text) => text.includes('Lunch') && text.includes('Available'))) throw new Error(`exceptions: ${exceptions}`);
  await accessible(page, 'adherence');
  await page.getByTestId('adherence').scrollIntoViewIfNeeded();
  await screenshot(page, 'adherence');
});
