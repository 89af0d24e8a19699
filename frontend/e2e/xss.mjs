// Puts a corpus of XSS payloads through every field a customer controls (name, subject, text, HTML,
// attachment filename, tags, custom attributes, contact notes/company) and renders them in the agent's
// workspace in real Chromium: nothing may execute. Executions are caught three ways: the payloads call
// window.__xss(), the page reports CSP violations (which would mean only the CSP stopped a payload the
// sanitizer let through), and the DOM is searched for event-handler attributes and javascript: URLs.
import { readFileSync } from 'node:fs';
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const corpus = JSON.parse(readFileSync(new URL('./xss-corpus.json', import.meta.url), 'utf8'));

await scenario('xss', async (browser) => {
  const conversations = [];
  for (const [index, payload] of corpus.entries()) {
    const marker = `XSS-CASE-${index}`;
    const received = await inbound(args.inboxes[index % 2 === 0 ? 'EMAIL' : 'CHAT'], {
      from: `xss-${index}-${Date.now()}@example.com`,
      name: `${marker} ${payload}`,
      subject: `${marker} ${payload}`,
      text: `${marker} ${payload}`,
      html: `<p>${marker}</p>${payload}`,
    });
    const id = received.conversationId;
    await api(args.admin, 'PATCH', `/conversations/${id}`, { tags: [payload.slice(0, 90)], customAttributes: { note: payload } });
    const conversation = await api(args.admin, 'GET', `/conversations/${id}`);
    await api(args.admin, 'PATCH', `/contacts/${conversation.contactId}`, { company: payload.slice(0, 290), notes: payload });
    conversations.push({ id, contactId: conversation.contactId, marker });
  }
  // An attachment whose filename is a payload.
  await api(args.admin, 'POST', `/inboxes/${args.inboxes.EMAIL}/inbound`, {
    from: { address: `xss-file-${Date.now()}@example.com`, name: 'XSS-FILE' },
    externalId: `xss-file-${Date.now()}`, subject: 'XSS-FILE', text: 'XSS-FILE',
    attachments: [{ filename: '<img src=x onerror=window.__xss(\'filename\')>.html', contentType: 'text/html',
      data: Buffer.from('<script>window.__xss("file")</script>').toString('base64') }],
  }).then((r) => conversations.push({ id: r.conversationId, marker: 'XSS-FILE' }));

  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__xssHits = [];
    window.__xss = (what) => window.__xssHits.push(what);
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await signIn(page, args.admin);

  const problems = [];
  const inspect = async (where) => {
    const found = await page.evaluate(() => {
      const handlers = [];
      const documents = [document, ...[...document.querySelectorAll('iframe')].map((f) => {
        try { return f.contentDocument; } catch { return null; }
      }).filter(Boolean)];
      for (const doc of documents) {
        for (const element of doc.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            const value = attribute.value.trim().toLowerCase();
            if (attribute.name.startsWith('on')) handlers.push(`${element.tagName} ${attribute.name}`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name)
                && value.replace(/[\s\u0000-\u001f]/g, '').startsWith('javascript:')) handlers.push(`${element.tagName} ${attribute.name}=${value}`);
          }
          if (element.tagName === 'SCRIPT' && !element.src) handlers.push('inline script');
        }
      }
      return { hits: window.__xssHits, csp: window.__cspViolations, handlers };
    });
    if (found.hits.length || found.csp.length || found.handlers.length) problems.push({ where, ...found });
  };

  await page.goto(`${args.baseUrl}/inbox/all`);
  await page.getByText(/XSS-CASE-\d+/).first().waitFor();
  await page.waitForTimeout(500);
  await screenshot(page, 'xss-inbox');
  // The list is virtualized: scroll through it so every row is rendered and inspected once.
  for (let step = 0; step < 12; step++) {
    await inspect(`inbox list, scrolled ${step}`);
    await page.getByTestId('conversation-list').evaluate((list) => { list.scrollTop += list.clientHeight; });
    await page.waitForTimeout(150);
  }

  for (const conversation of conversations) {
    await page.goto(`${args.baseUrl}/inbox/all/${conversation.id}`);
    await page.getByText(conversation.marker).last().waitFor();
    await page.waitForTimeout(200);
    await inspect(`conversation ${conversation.marker}`);
    if (conversation.contactId && conversation.marker === 'XSS-CASE-1') await screenshot(page, 'xss-conversation');
  }
  await page.goto(`${args.baseUrl}/contacts`);
  await page.getByText(/XSS-CASE-\d+/).first().waitFor();
  await inspect('contacts');

  if (problems.length) throw new Error(`payloads executed or survived sanitizing:\n${JSON.stringify(problems, null, 2)}`);
  console.log(`${corpus.length} payloads in ${conversations.length} conversations rendered; none executed`);
});
