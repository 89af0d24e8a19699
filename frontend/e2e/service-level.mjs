// Service level: a supervisor opens the service-level screen. Today's compliance per queue and channel counts
// the answered and the abandoned chat; the at-risk list shows the two warned clocks soonest due first and drops
// one live when its conversation is resolved elsewhere. The report changes variant and grouping, refuses a
// period that ends before it starts, offers a CSV, and a breach drills down to its conversation. An admin then
// makes a variant the workspace's rule.
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

await scenario('service-level', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.supervisor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service level' }).click();
  await page.getByRole('heading', { level: 1, name: 'Service level' }).waitFor();

  const queues = page.getByTestId('sl-today-queues');
  const defaultQueue = queues.getByRole('row', { name: /Default/ });
  await defaultQueue.getByText('100.0%').waitFor();
  const cells = await defaultQueue.getByRole('cell').allTextContents();
  if (cells[1] !== '2' || cells[2] !== '1' || cells[3] !== '1') throw new Error(`today's Default queue: ${cells}`);
  await page.getByTestId('sl-today-channels').getByRole('row', { name: /Chat/ }).waitFor();
  await page.getByTestId('sl-rule').getByText(/Answered within 20 s/).waitFor();

  const atRisk = page.getByTestId('sl-at-risk');
  await atRisk.getByRole('link', { name: 'Broken screen' }).waitFor();
  const order = await atRisk.getByRole('link').allTextContents();
  if (order.join('|') !== 'Broken screen|Refund for order 1042') throw new Error(`at-risk order: ${order}`);
  await atRisk.getByText(/due in [78]:\d\d/).waitFor();
  await accessible(page, 'service level');
  await screenshot(page, 'service-level-live');

  // Resolved by someone else: its first-response clock pauses and it leaves the list without a reload.
  await api(args.admin, 'PATCH', `/conversations/${args.soon}`, { status: 'RESOLVED' });
  await atRisk.getByRole('link', { name: 'Broken screen' }).waitFor({ state: 'detached' });

  const form = page.getByRole('form', { name: 'Report parameters' });
  await form.getByLabel('Group by').selectOption({ label: 'Channel' });
  await form.getByLabel('Abandoned contacts').selectOption({ label: 'all count against' });
  await form.getByRole('button', { name: 'Show' }).click();
  const report = page.getByTestId('sl-report');
  const chatRow = report.getByRole('row', { name: /Chat/ });
  await chatRow.waitFor();
  const serviceLevel = await chatRow.getByRole('cell').nth(2).textContent();
  if (serviceLevel !== '50.0%') throw new Error(`chat service level with every abandon against: ${serviceLevel}`);

  const csvLink = page.getByRole('link', { name: 'Download CSV' }).first();
  const href = await csvLink.getAttribute('href');
  if (!href.includes('format=csv') || !href.includes('abandons=AGAINST') || !href.includes('groupBy=channel')) {
    throw new Error(`CSV link: ${href}`);
  }
  const csv = await page.request.get(args.baseUrl + href);
  const text = await csv.text();
  if (!csv.ok() || !text.startsWith('interval_start,group,label,offered') || !text.includes(',chat,chat,2,1,1,1,')) {
    throw new Error(`CSV download: ${csv.status()} ${text}`);
  }

  await page.getByTestId('sl-breaches').getByRole('link', { name: 'Late invoice' }).waitFor();
  await page.getByTestId('sl-breaches').scrollIntoViewIfNeeded();
  await screenshot(page, 'service-level-report');

  // A period that ends before it starts is refused with the API's reason.
  await form.getByLabel('From').fill('2026-12-10');
  await form.getByLabel('To (included)').fill('2026-12-01');
  await form.getByRole('button', { name: 'Show' }).click();
  await page.getByRole('alert').getByText('from must be before to').waitFor();

  await form.getByLabel('From').fill(new Date().toISOString().slice(0, 10));
  await form.getByLabel('To (included)').fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  await form.getByRole('button', { name: 'Show' }).click();
  await page.getByTestId('sl-breaches').getByRole('link', { name: 'Late invoice' }).click();
  await page.waitForURL(`**/inbox/all/${args.breached}`);

  // An admin makes the variant the workspace's own: today's summary says so.
  const admin = await newPage(browser);
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/service-level`);
  const adminForm = admin.getByRole('form', { name: 'Report parameters' });
  await adminForm.getByLabel('Abandoned contacts').selectOption({ label: 'ignored' });
  await adminForm.getByLabel('Short abandons under (seconds)').fill('5');
  await adminForm.getByRole('button', { name: 'Use for the workspace' }).click();
  await admin.getByRole('status').getByText('The workspace now counts its service level this way.').waitFor();
  await admin.getByTestId('sl-rule').getByText('Answered within 20 s; abandoned contacts: ignored. Abandons under 5 s are left out.').waitFor();
  const rule = await api(args.supervisor, 'GET', '/sla/service-level/rule');
  if (rule.abandons !== 'IGNORED' || rule.shortAbandonSeconds !== 5) throw new Error(`rule not saved: ${JSON.stringify(rule)}`);
  await page.goto(`${args.baseUrl}/service-level`);
  await page.getByRole('button', { name: 'Show' }).waitFor();
  if (await page.getByRole('button', { name: 'Use for the workspace' }).count() !== 0) throw new Error('a supervisor may not change the rule');
});
