// The chat's answer bot in the widget: a visitor's question is answered with public help center articles (links,
// snippets, two choices); "That answered my question" resolves the chat. A Korean visitor on a phone gets Korean
// articles, asks for a person, and the agent sees the chat with the bot's messages marked as the bot's.
import http from 'node:http';
import { api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

// The Java test set up the help center and published the articles (and waited for the search index).
const { admin, supervisor, agent, inboxes, slug, articles } = args;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const hostPage =`<!doctype html><html><head><meta charset="utf-8"><title>Blue Harbor shop</title></head>
<body><h1>Blue Harbor</h1><script src="${args.baseUrl}/widget.js" data-inbox="${inboxes.CHAT}" async></script></body></html>`;
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(hostPage);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const shop =`http://127.0.0.1:${server.address().port}`;

/** Opens the widget on the shop's page and asks; answers the chat dialog. */
async function ask(page, { launcher, composer, question }) {
  await page.goto(shop);
  await page.getByRole('button', { name: launcher }).click();
  const chat = page.getByRole('dialog'); // its name is in the visitor's language
  const box = chat.getByRole('textbox', { name: composer });
  await box.fill(question);
  await box.press('Enter');
  return chat;
}

/** Fails when an element of the bot's message sticks out of the message or the widget's panel. */
async function fitsInside(chat, screen) {
  const overflow = await chat.locator('.msg.bot').last().evaluate((message) => {
    const outer = message.getBoundingClientRect();
    const panel = message.closest('.panel').getBoundingClientRect();
    const bad = [...message.querySelectorAll('a, .snippet, button')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.right > outer.right + 0.5 || box.left < outer.left - 0.5 || el.scrollWidth > el.clientWidth + 1;
    }).map((el) => el.textContent);
    if (outer.right > panel.right || outer.left < panel.left) bad.push('the message itself');
    return bad;
  });
  check(overflow.length === 0,`${screen}: out of the bubble: ${overflow.join(', ')}`);
}

try {
  await scenario('answer-bot', async (browser) => {
    await api(admin, 'PATCH',`/inboxes/${inboxes.CHAT}`, { settings: { widgetName: 'Blue Harbor help', widgetColor: '#0f766e',
      allowedOrigins: [shop], answerBot: { enabled: true, minScore: 0.1, timeoutMinutes: 10 } } });
    await api(agent, 'PUT', '/presence/me', { status: 'AVAILABLE' });
    // A visitor on a laptop asks; the bot answers with the article (a link to the help center) and two choices.
    const visitor = await newPage(browser, { width: 1280, height: 800 });
    const chat = await ask(visitor, { launcher: 'Chat with us', composer: 'Write a message…',
      question: `How do I reset my password?` });
    const answer = chat.locator('.msg.bot').filter({ hasText: 'These articles may answer your question:' });
    const link = answer.getByRole('link', { name: `Reset your password`, exact: true });
    await link.waitFor();
    check((await link.getAttribute('href')) === `${args.baseUrl}/help/${slug}/en/articles/${articles.en}`,
     `the link goes to the help center article: ${await link.getAttribute('href')}`);
    check((await link.getAttribute('target')) === '_blank', 'the article opens beside the chat');
    await answer.locator('.snippet').filter({ hasText: 'Forgot password' }).waitFor();
    check(!(await answer.innerHTML()).includes('<mark>') && !(await answer.innerHTML()).includes('<b>'), 'the snippet is text');
    const answered = answer.getByRole('button', { name: 'That answered my question', exact: true });
    const person = answer.getByRole('button', { name: 'Talk to a person', exact: true });
    await visitor.waitForFunction((button) => !button.disabled, await answered.elementHandle());
    check(await person.isEnabled(), 'both choices are usable while the bot holds the chat');
    await fitsInside(chat, 'desktop');
    await screenshot(visitor, 'answer-bot-desktop');

    // "That answered my question": the bot says goodbye, the chat is resolved, the choices are greyed.
    await answered.click();
    await chat.locator('.msg.bot').filter({ hasText: 'Glad that helped.' }).waitFor();
    await chat.getByRole('button', { name: 'Send rating' }).waitFor();
    const goodbye = chat.locator('.msg.bot').filter({ hasText: 'Glad that helped.' });
    await visitor.waitForFunction((message) => {
      const log = message.closest('.log').getBoundingClientRect();
      const box = message.getBoundingClientRect();
      return box.top >= log.top && box.bottom <= log.bottom;
    }, await goodbye.elementHandle(), { timeout: 5000 }).catch(() => {
      throw new Error('the bot\'s goodbye is scrolled out of view when the rating opens');
    });
    check(await answered.isDisabled() && await person.isDisabled(), 'the choices are off once the bot stopped');
    const mine = await api(supervisor, 'GET',`/conversations?inbox=${inboxes.CHAT}&limit=20`);
    const resolved = mine.items.find((c) => c.channel === 'chat' && c.status === 'RESOLVED');
    check(resolved,`the chat is resolved: ${JSON.stringify(mine.items.map((c) => c.status))}`);
    await screenshot(visitor, 'answer-bot-desktop-resolved');

    // A Korean visitor on a phone (390 px) gets the Korean article and asks for a person.
    const phone = await newPage(browser, { locale: 'ko-KR', width: 390, height: 844 });
    const mobile = await ask(phone, { launcher: '채팅 상담', composer: '메시지를 입력하세요…',
      question: `비밀번호를 재설정하려면 어떻게 하나요?` }).catch(async (error) => {
      throw new Error(`${error.message}\nwidget labels: ${await phone.locator('body').innerText()}`);
    });
    const koAnswer = mobile.locator('.msg.bot').filter({ hasText: '다음 도움말이 질문에 대한 답이 될 수 있습니다:' });
    await koAnswer.getByRole('link', { name: `비밀번호 재설정 방법`, exact: true }).waitFor();
    check((await koAnswer.getByRole('link').first().getAttribute('href')).endsWith(`/help/${slug}/ko/articles/${articles.ko}`), 'the Korean article');
    const koPerson = koAnswer.getByRole('button', { name: '상담원과 대화하기', exact: true });
    await phone.waitForFunction((button) => !button.disabled, await koPerson.elementHandle());
    await fitsInside(mobile, 'mobile');
    // Korean wraps between words: no line of the answer ends inside a word.
    const split = await koAnswer.evaluate((message) => {
      const words = [];
      const walker = document.createTreeWalker(message, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/[\uac00-\ud7a3]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) words.push(match[0]);
        }
      }
      return words;
    });
    check(split.length === 0, `Korean words broken across lines: ${split.join(', ')}`);
    await screenshot(phone, 'answer-bot-mobile-ko');
    await koPerson.click();
    await mobile.locator('.msg.bot').filter({ hasText: '알겠습니다.' }).waitFor();
    check(await koPerson.isDisabled(), 'the choices are off once the bot handed over');
    await mobile.getByRole('textbox', { name: '메시지를 입력하세요…' }).waitFor();
    await screenshot(phone, 'answer-bot-mobile-ko-handoff');

    // The agent sees the chat, open, with the bot's two messages marked as the bot's.
    const list = await api(agent, 'GET',`/conversations?inbox=${inboxes.CHAT}&status=OPEN&limit=20`);
    const handedOff = list.items.find((c) => c.channel === 'chat' && c.status === 'OPEN');
    check(handedOff, 'the handed-off chat is open for people');
    const desk = await newPage(browser);
    await signIn(desk, agent);
    await desk.goto(`${args.baseUrl}/inbox/unassigned/${handedOff.id}`);
    const thread = desk.getByRole('log', { name: 'Messages' });
    await thread.getByText(`비밀번호를 재설정하려면 어떻게 하나요?`).waitFor();
    const botBubbles = thread.locator('.bubble.bot');
    await botBubbles.filter({ hasText: '다음 도움말이' }).waitFor();
    await botBubbles.filter({ hasText: '알겠습니다.' }).waitFor();
    check(await botBubbles.count() === 2,`two bot messages: ${await botBubbles.count()}`);
    for (let i = 0; i < 2; i++) await botBubbles.nth(i).locator('.badge').filter({ hasText: /^Bot$/ }).waitFor();
    const offered = botBubbles.filter({ hasText: '다음 도움말이' }).getByRole('link');
    check(await offered.count() === 1 && (await offered.getAttribute('href')) === `/help/${slug}/ko/articles/${articles.ko}`,
      'the agent sees the article the bot offered as a link to the help center');
    check(await botBubbles.locator('.receipt').count() === 0, 'bot messages carry no delivery receipt');
    // The list says who wrote the last message: the bot, not "You".
    const row = desk.locator(`a.row-link[href*="/${handedOff.id}"]`);
    await row.locator('.row-subject').filter({ hasText: 'Bot: 알겠습니다.' }).waitFor();
    check(!(await row.innerText()).includes('You:'), 'a bot message is not shown as the agent\'s own');
    await screenshot(desk, 'answer-bot-agent-thread');

    // The agent replies: the visitor sees it live.
    const reply = desk.getByRole('textbox', { name: 'Reply to the customer' });
    await reply.fill('안녕하세요, 도와드리겠습니다.');
    await reply.press('Control+Enter');
    await mobile.locator('.msg.agent').getByText('안녕하세요, 도와드리겠습니다.').waitFor();
  });
} finally {
  server.close();
}
