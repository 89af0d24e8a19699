// Workspace UI benchmark: with a workspace of N conversations, how long until the inbox shows its first rows
// (first meaningful paint) and how long until an opened conversation shows its thread, in Debian's Chromium.
// Usage: node benchmarks/workspace-ui.mjs <baseUrl> <email> <password> [runs]
// Prints one line per measure: median, p95 and max over the runs, in milliseconds.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [baseUrl, email, password, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const ROW = '[data-testid="conversation-row"]';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (n=${values.length})`;
};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('current-user').waitFor({ timeout: 30000 });

  // First meaningful paint of the inbox: from the start of navigation (a full page load, cold cache of the
  // app's data, warm HTTP cache for its scripts as on an agent's second visit) until the first row is painted.
  const paints = [];
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(`${baseUrl}/inbox/all`, { waitUntil: 'commit' });
    await page.locator(ROW).first().waitFor({ timeout: 30000 });
    const elapsed = await page.evaluate(() => new Promise((resolve) =>
      requestAnimationFrame(() => resolve(performance.now()))));
    if (i >= 2) paints.push(elapsed); // the first two load the scripts into the HTTP cache
  }
  const total = await page.evaluate(async () => (await (await fetch('/api/v1/inbox/counts')).json()).all);
  console.log(`conversations in view "all": ${total}`);
  console.log(`inbox first meaningful paint: ${stats(paints)}`);

  // Conversation open: click a row further down each time, until its messages are painted.
  const opens = [];
  for (let i = 0; i < runs; i++) {
    const row = page.locator(ROW).nth(i % 10);
    const id = await row.getAttribute('data-id');
    const started = await page.evaluate(() => performance.now());
    await row.click();
    // The thread of that conversation with its first message painted (not its loading state).
    await page.locator(`[data-testid="thread"][data-conversation-id="${id}"] > :not(.state)`).first().waitFor({ timeout: 30000 });
    const finished = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    opens.push(finished - started);
  }
  console.log(`conversation open: ${stats(opens)}`);

  // Where the time goes: the API calls the browser made while opening conversations, by endpoint.
  const calls = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/api/v1/'))
    .map((e) => ({ path: new URL(e.name).pathname.replace(/[0-9a-f-]{36}/g, '{id}'), ms: e.duration })));
  const byPath = new Map();
  for (const call of calls) byPath.set(call.path, [...(byPath.get(call.path) ?? []), call.ms]);
  for (const [path, durations] of [...byPath].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${path}: ${stats(durations)}`);
  }
} finally {
  await browser.close();
}
