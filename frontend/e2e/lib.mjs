// Shared helpers for the browser tests: launch Debian's Chromium, sign in, call the API, take screenshots.
// Each script is started by a Java *BrowserIntegrationTests class (support/BrowserScript) with its arguments as
// JSON in E2E_ARGS: { baseUrl, admin|supervisor|agent: {id,email,password,token}, inboxes: {CHAT: id, ...}, ... }.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const args = JSON.parse(process.env.E2E_ARGS ?? '{}');
const screenshots = process.env.E2E_SCREENSHOTS ?? path.resolve('../target/screenshots');

const openPages = [];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A new browser context (own cookies) at a 1280×800 laptop size, in the given browser language. */
export async function newPage(browser, { locale = 'en-US', width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[console] ${message.text()}`);
  });
  openPages.push(page);
  return page;
}

/** Signs in through the login page as {email, password} and waits for the workspace. */
export async function signIn(page, account) {
  await page.goto(args.baseUrl);
  await page.locator('input[name=email]').fill(account.email);
  await page.locator('input[name=password]').fill(account.password);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('current-user').waitFor();
}

/** Calls the API as {token}; returns the parsed JSON body, throws with the body on an error status. */
export async function api(account, method, pathname, body) {
  const response = await fetch(args.baseUrl + '/api/v1' + pathname, {
    method,
    headers: { Authorization: `Bearer ${account.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${pathname} -> ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Delivers a customer's message into an inbox the way a channel integration does. */
export function inbound(inboxId, { from, name, text, subject, html, language }) {
  return api(args.admin, 'POST', `/inboxes/${inboxId}/inbound`, {
    from: { address: from, name, language },
    externalId: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    subject, text, html,
  });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

/** Runs the scenario, prints "<name> passed" on success, and always closes the browser. */
export async function scenario(name, body) {
  const browser = await launch();
  try {
    await body(browser);
    console.log(`${name} passed`);
  } catch (error) {
    console.error(error);
    // A picture of every page at the moment of failure, to see what the agent would have seen.
    for (const [index, page] of openPages.entries()) {
      await page.screenshot({ path: path.join(screenshots, `${name}-failure-${index}.png`) }).catch(() => {});
    }
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

/** Fails on serious or critical axe-core findings on the page as it is now. */
export async function accessible(page, screen) {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
    .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  if (violations.length) throw new Error(`accessibility of ${screen}:\n${violations.join('\n')}`);
}
