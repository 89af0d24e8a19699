// The chat widget on a customer's website: a separate host page (its own origin, with hostile CSS) embeds
// widget.js; the visitor writes, the agent signed into the workspace sees it live and replies, the visitor sees
// the reply live (and an unread badge while the window is closed), and the history survives a reload.
import http from 'node:http';
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const { admin, agent, inboxes } = args;
const suffix = Math.random().toString(36).slice(2, 8);

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// The shop's page: loads the widget cross-origin and styles everything as badly as it can.
const hostPage = `<!doctype html><html><head><meta charset="utf-8"><title>Blue Harbor shop</title>
<style>* { font-family: serif !important; color: #0a0 !important; } button { background: #ff0 !important; }
textarea, input { border: 5px dashed red !important; }</style></head>
<body><h1>Blue Harbor</h1><p>Spring collection.</p>
<script src="${args.baseUrl}/widget.js" data-inbox="${inboxes.CHAT}" async></script></body></html>`;
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(hostPage);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const shop = `http://127.0.0.1:${server.address().port}`;

try {
  await scenario('widget', async (browser) => {
    check(new URL(shop).origin !== new URL(args.baseUrl).origin, 'the shop is another origin');
    await api(admin, 'PATCH', `/inboxes/${inboxes.CHAT}`, {
      settings: { widgetName: 'Blue Harbor help', widgetColor: '#0f766e', allowedOrigins: [shop] } });

    await api(agent, 'PUT', '/presence/me', { status: 'AVAILABLE' });

    // The visitor opens the chat on the shop's page and writes.
    const visitor = await newPage(browser, { width: 1024, height: 720 });
    await visitor.goto(shop);
    const launcher = visitor.getByRole('button', { name: 'Chat with us' });
    await launcher.click();
    const chat = visitor.getByRole('dialog', { name: 'Conversation' });
    await chat.getByText('Blue Harbor help').waitFor();
    const composer = chat.getByRole('textbox', { name: 'Write a message…' });
    const style = await composer.evaluate((el) => ({ border: getComputedStyle(el).borderStyle, font: getComputedStyle(el).fontFamily }));
    check(style.border !== 'dashed' && !style.font.startsWith('serif'), `host CSS does not reach the widget: ${JSON.stringify(style)}`);
    await composer.fill(`Where is my parcel ${suffix}?`);
    await composer.press('Enter');
    await chat.locator('.msg.visitor:not(.pending)').getByText(`Where is my parcel ${suffix}?`).waitFor();

    // The agent finds the new chat and opens it.
    const found = await api(agent, 'GET', `/conversations?inbox=${inboxes.CHAT}&limit=5`);
    const conversation = found.items.find((c) => c.channel === 'chat');
    check(conversation, 'the chat is a conversation in the workspace');
    const desk = await newPage(browser);
    await signIn(desk, agent);
    await desk.goto(`${args.baseUrl}/inbox/unassigned/${conversation.id}`);
    const thread = desk.getByRole('log', { name: 'Messages' });
    await thread.getByText(`Where is my parcel ${suffix}?`).waitFor();

    // The visitor writes again: the agent sees them typing, then the message live, without reloading.
    await composer.fill('Order number 4711.');
    await desk.getByTestId('contact-typing').filter({ hasText: 'is typing…' }).waitFor();
    await composer.press('Enter');
    await thread.getByText('Order number 4711.').waitFor();

    // The agent replies from the workspace: the visitor sees it live.
    const reply = desk.getByRole('textbox', { name: 'Reply to the customer' });
    await reply.fill('It left our warehouse today.');
    await chat.locator('.typing').filter({ hasText: 'Typing…' }).waitFor(); // the agent's typing reaches the visitor
    await reply.press('Control+Enter');
    await chat.locator('.msg.agent').getByText('It left our warehouse today.').waitFor();

    // A burst beyond the per-visitor rate limit: the refused messages are marked and sent again, none is lost.
    for (let n = 1; n <= 14; n++) {
      await composer.fill(`Burst ${n} ${suffix}`);
      await composer.press('Enter');
    }
    await chat.locator('.msg.visitor.failed').first().waitFor();
    await screenshot(visitor, 'widget-rate-limited');
    await chat.locator('.msg.visitor.pending').first().waitFor({ state: 'detached', timeout: 30000 });
    for (let n = 1; n <= 14; n++) await thread.getByText(`Burst ${n} ${suffix}`, { exact: true }).waitFor();

    // The visitor sends a photo: a thumbnail on both sides; a disguised file is refused with a clear message.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mNkaPjPQApgHFUwqmD4KgAAhqgP8bZ2F8wAAAAASUVORK5CYII=', 'base64');
    await chat.getByLabel('Attach a file').setInputFiles({ name: 'parcel.png', mimeType: 'image/png', buffer: png });
    const thumbnail = chat.locator('.msg.visitor:not(.pending) img[alt="parcel.png"]');
    await thumbnail.waitFor();
    await visitor.waitForFunction((img) => img.complete && img.naturalWidth === 16, await thumbnail.elementHandle());
    await thread.getByRole('img', { name: 'parcel.png' }).waitFor();
    await chat.getByLabel('Attach a file').setInputFiles({ name: 'invoice.png', mimeType: 'image/png',
      buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await chat.locator('.typing').filter({ hasText: 'This kind of file cannot be sent.' }).waitFor();
    await screenshot(visitor, 'widget');

    // The agent moves the chat to email: the side panel asks for the customer's address, as the contact has none.
    await api(admin, 'PATCH', `/inboxes/${inboxes.EMAIL}`, { settings: { email: { address: `support-${suffix}@acme.test`,
      smtp: { host: '127.0.0.1', port: 9, tls: 'none' } } } });
    const followUp = desk.getByTestId('continue-by-email');
    await followUp.getByLabel("Customer's email").fill(`parcel-${suffix}@customer.example`);
    await followUp.getByRole('button', { name: 'Continue by email' }).click();
    await followUp.getByRole('status').filter({ hasText: `parcel-${suffix}@customer.example` }).waitFor();
    await screenshot(desk, 'conversation-continue-by-email');

    // With the window closed, a reply shows as an unread badge on the launcher.
    await chat.getByRole('button', { name: 'Close chat' }).click();
    await api(agent, 'POST', `/conversations/${conversation.id}/messages`, { text: 'Tracking: HB-123.' });
    await visitor.getByRole('button', { name: /Chat with us \(1 unread message\)/ }).waitFor();

    // After a reload (or on another page of the shop) the conversation is still there.
    await visitor.reload();
    await visitor.getByRole('button', { name: /Chat with us/ }).click();
    await chat.getByText('Tracking: HB-123.').waitFor();
    await chat.getByText(`Where is my parcel ${suffix}?`).waitFor();

    // Resolved, the visitor rates the chat; the agent sees the rating beside the conversation.
    await desk.getByText('Not rated yet.').waitFor();
    await api(agent, 'PATCH', `/conversations/${conversation.id}`, { status: 'RESOLVED' });
    await chat.getByRole('button', { name: 'Rate 4 of 5' }).click();
    await chat.getByRole('button', { name: 'Send rating' }).click();
    await desk.reload();
    await desk.getByTestId('conversation-rating').getByRole('img', { name: 'Rated 4 of 5' }).waitFor();
    await screenshot(desk, 'conversation-chat-rating');

    // A visitor whose browser reads Traditional Chinese gets the widget in Traditional Chinese.
    const zhTw = await newPage(browser, { locale: 'zh-TW', width: 390, height: 760 });
    await zhTw.goto(shop);
    await zhTw.getByRole('button', { name: '與我們聊天' }).click();
    await zhTw.getByRole('textbox', { name: '輸入訊息…' }).waitFor();
    await screenshot(zhTw, 'widget-mobile-zh-TW');

    // The admin creates the identity secret (shown once), then rotates it: the old one verifies for a grace period.
    const settings = await newPage(browser);
    await signIn(settings, admin);
    await settings.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await settings.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Inboxes' }).click();
    const chatInbox = await api(admin, 'GET', `/inboxes/${inboxes.CHAT}`);
    await settings.getByRole('row').filter({ hasText: chatInbox.name }).first().getByRole('button', { name: /^Edit inbox/ }).click();
    const editor = settings.getByRole('dialog', { name: 'Edit inbox' });
    await editor.getByText('No identity secret yet.', { exact: false }).waitFor();
    await editor.getByTestId('widget-secret-rotate').click();
    const first = await editor.getByTestId('widget-secret').inputValue();
    check(first.length >= 40, 'the new secret is shown once');
    await settings.keyboard.press('Escape');
    await settings.getByRole('row').filter({ hasText: chatInbox.name }).first().getByRole('button', { name: /^Edit inbox/ }).click();
    await editor.getByText('An identity secret is set.', { exact: false }).waitFor();
    check(await editor.getByTestId('widget-secret').count() === 0, 'the secret is not shown again');
    await editor.getByTestId('widget-secret-rotate').click();
    await settings.getByRole('dialog', { name: 'Rotate identity secret' }).getByRole('button', { name: 'Rotate identity secret' }).click();
    const second = await editor.getByTestId('widget-secret').inputValue();
    check(second !== first, 'rotation makes a new secret');
    await editor.getByText('The previous secret still verifies until', { exact: false }).waitFor();
    await screenshot(settings, 'settings-chat-secret-rotated');

    // "Offer chat": the agent offers an email customer the web chat. The emailed link opens the hosted chat page
    // (on the app's own origin, which the inbox's allowed origins do not list), showing the email thread; what the
    // customer writes there lands in the same email conversation, live on the agent's screen.
    const mail = await inbound(inboxes.EMAIL, { from: `mei-${suffix}@customer.example`, name: 'Mei Lin',
      subject: 'Damaged parcel', text: `My parcel arrived damaged ${suffix}.` });
    await desk.goto(`${args.baseUrl}/inbox/unassigned/${mail.conversationId}`);
    await thread.getByText(`My parcel arrived damaged ${suffix}.`).waitFor();
    const offerChat = desk.getByTestId('offer-chat');
    await offerChat.getByRole('button', { name: 'Send chat link' }).click();
    await offerChat.getByRole('status').filter({ hasText: 'Chat link sent by email' }).waitFor();
    await thread.getByText('continue this conversation in our live chat', { exact: false }).waitFor();
    await screenshot(desk, 'conversation-offer-chat');
    const sent = await api(agent, 'GET', `/conversations/${mail.conversationId}/messages`);
    const link = sent.map((m) => m.text ?? '').join(' ').match(/https?:\/\/\S+\/chat\/\S+\?continue=[\w-]+/)?.[0];
    check(link, 'the offer carries the chat link');

    const customer = await newPage(browser, { width: 1024, height: 720 });
    await customer.goto(link);
    const page = customer.getByRole('dialog', { name: 'Conversation' });
    await page.getByText(`My parcel arrived damaged ${suffix}.`).waitFor();
    check(!customer.url().includes('continue='), 'the token is taken off the address bar');
    const pageComposer = page.getByRole('textbox', { name: 'Write a message…' });
    await pageComposer.fill('Here in the chat now: the box was crushed.');
    await pageComposer.press('Enter');
    await page.locator('.msg.visitor:not(.pending)').getByText('Here in the chat now: the box was crushed.').waitFor();
    await thread.getByText('Here in the chat now: the box was crushed.').waitFor();
    await desk.getByRole('textbox', { name: 'Reply to the customer' }).fill('Sorry! A new one is on its way.');
    await desk.getByRole('textbox', { name: 'Reply to the customer' }).press('Control+Enter');
    await page.locator('.msg.agent').getByText('Sorry! A new one is on its way.').waitFor();
    await screenshot(customer, 'chat-page-continued');

    // A forged or expired link opens a new anonymous chat that says so, not an error page.
    const stranger = await newPage(browser, { width: 1024, height: 720 });
    await stranger.goto(`${args.baseUrl}/chat/${inboxes.CHAT}?continue=not-a-real-token`);
    await stranger.getByText('This chat link has expired', { exact: false }).waitFor();
    check(await stranger.getByText(`My parcel arrived damaged ${suffix}.`).count() === 0, 'nobody else\'s history');
    await screenshot(stranger, 'chat-page-link-expired');
  });
} finally {
  server.close();
}
