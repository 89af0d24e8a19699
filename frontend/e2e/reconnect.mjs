// The live stream after a network drop: the browser reaches the app through a small TCP proxy that the test
// cuts (every open connection reset, new ones refused). While it is cut a customer writes; when the network is
// back the stream reconnects and the conversation appears without a reload: nothing is lost.
import net from 'node:net';
import { args, inbound, newPage, scenario, screenshot } from './lib.mjs';

function networkBetweenBrowserAndApp(target) {
  const sockets = new Set();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    cut: () => { down = true; sockets.forEach((s) => s.destroy()); },
    restore: () => { down = false; },
    close: () => { sockets.forEach((s) => s.destroy()); server.close(); },
  })));
}

await scenario('reconnect', async (browser) => {
  const network = await networkBetweenBrowserAndApp(new URL(args.baseUrl));
  try {
    const page = await newPage(browser);
    await page.goto(network.url);
    await page.locator('input[name=email]').fill(args.supervisor.email);
    await page.locator('input[name=password]').fill(args.supervisor.password);
    await page.locator('button[type=submit]').click();
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${network.url}/inbox/unassigned`);
    await inbound(args.inboxes.CHAT, { from: `before-${Date.now()}`, name: 'Before Drop', text: 'first message' });
    await page.getByText('Before Drop').first().waitFor();
    await page.evaluate(() => { window.__sameDocument = true; });

    network.cut();
    await page.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor();
    await inbound(args.inboxes.EMAIL, { from: `during-${Date.now()}@example.com`, name: 'During Drop', subject: 'Sent while you were offline', text: 'hello?' });
    await page.waitForTimeout(1500);
    if (await page.getByText('During Drop').count() !== 0) throw new Error('the cut-off browser cannot have seen it yet');

    network.restore();
    await page.getByText('During Drop').first().waitFor({ timeout: 40000 });
    await page.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor({ state: 'detached' });
    if (!await page.evaluate(() => window.__sameDocument)) throw new Error('the page was reloaded');
    await screenshot(page, 'inbox-after-reconnect');
  } finally {
    network.close();
  }
});
