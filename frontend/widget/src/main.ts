// Frontline's embeddable chat: <script src="https://<frontline>/widget.js" data-inbox="<id>" async></script>
// Optional: data-user-id and data-user-hash (hex HMAC-SHA256 of the user id with the inbox secret) for a
// signed-in customer of the host site, data-locale to override the browser language. The hosted chat page
// (/chat/<inbox>) sets data-mode="page" (the chat fills the page, open at once); an "Offer chat" link's token comes
// from the page URL's ?continue= or data-continue and binds the visitor to that conversation.
import { pickLocale, translator, waitText } from './messages';
import { styles } from './styles';

type Attachment = { id: string; filename: string; contentType: string; size: number; image: boolean };
type BotArticle = { id: string; title: string; snippet: string; url: string | null };
type BotDetails = { kind: 'answer' | 'handoff' | 'resolved' | 'closed'; language: string; articles?: BotArticle[];
  choices?: { choice: 'answered' | 'person'; label: string }[] };
type WidgetMessage = { id: string; clientId: string | null; from: 'visitor' | 'agent' | 'bot' | 'system'; text: string | null;
  html: string | null; attachments: Attachment[]; createdAt: string; bot?: BotDetails | null };
type Session = { token: string; inbox: { id: string; name: string; color: string | null; preChatForm: boolean; greeting: string | null };
  conversation: { id: string; status: string } | null; messages: WidgetMessage[]; expectedWaitSeconds: number | null;
  agentsAvailable: boolean; rated: boolean; maxUploadBytes: number; continuation?: 'CONTINUED' | 'EXPIRED' | null };
type Frame = { type: string; [key: string]: unknown };

const script = document.currentScript as HTMLScriptElement | null;

function start(tag: HTMLScriptElement) {
  const inboxId = tag.dataset.inbox;
  if (!inboxId || document.getElementById('frontline-chat')) return;
  const base = new URL(tag.src, location.href);
  const apiBase = base.origin;
  const storageKey = `frontline.chat.${inboxId}`;
  const t = translator(pickLocale(tag.dataset.locale || navigator.language));
  const pageMode = tag.dataset.mode === 'page';
  const continueInUrl = new URL(location.href).searchParams.get('continue');
  let continueToken = continueInUrl ?? tag.dataset.continue ?? null;
  let linkExpired = false;

  const host = document.createElement('div');
  host.id = 'frontline-chat';
  if (pageMode) host.className = 'page';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${styles}</style>
<section class="panel" role="dialog" aria-label="${t('conversation')}" hidden>
  <header><div class="grow"><div class="title"></div><div class="sub"></div></div>
    <button type="button" class="close" aria-label="${t('close')}">×</button></header>
  <div class="notice" role="status" hidden></div>
  <div class="log" role="log" aria-live="polite"></div>
  <div class="typing" aria-live="polite"></div>
  <form class="prechat" hidden novalidate>
    <label>${t('name')}<input name="name" autocomplete="name" maxlength="200"></label>
    <label>${t('email')}<input name="email" type="email" autocomplete="email" maxlength="320"></label>
    <label>${t('question')}<textarea name="question" rows="3" maxlength="10000"></textarea></label>
    <div class="error" role="alert"></div>
    <button type="submit" class="primary">${t('start')}</button>
  </form>
  <div class="rating" hidden><div>${t('resolved')}</div><div class="stars"></div>
    <label>${t('comment')}<input name="comment" maxlength="2000"></label>
    <button type="button" class="primary submit-rating" disabled>${t('submitRating')}</button></div>
  <form class="composer"><label class="attach" title="${t('attach')}"><input type="file" name="file" aria-label="${t('attach')}"
    accept="image/png,image/jpeg,image/gif,image/webp,application/pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.csv,.log">
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z"/></svg></label>
    <textarea name="text" rows="1" maxlength="10000" aria-label="${t('placeholder')}" placeholder="${t('placeholder')}"></textarea>
    <button type="submit" class="primary">${t('send')}</button></form>
</section>
<button type="button" class="launcher" aria-label="${t('open')}" aria-expanded="false">
  <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>
  <span class="badge" hidden></span></button>`;
  document.body.appendChild(host);

  const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const panel = $<HTMLElement>('.panel');
  const launcher = $<HTMLButtonElement>('.launcher');
  const badge = $<HTMLElement>('.badge');
  const log = $<HTMLElement>('.log');
  const typingLine = $<HTMLElement>('.typing');
  const notice = $<HTMLElement>('.notice');
  const composer = $<HTMLFormElement>('form.composer');
  const input = composer.querySelector('textarea') as HTMLTextAreaElement;
  const fileInput = composer.querySelector('input[type=file]') as HTMLInputElement;
  const prechat = $<HTMLFormElement>('form.prechat');
  const rating = $<HTMLElement>('.rating');

  let session: Session | null = null;
  let socket: WebSocket | null = null;
  let connected = false;
  let retries = 0;
  let unread = Number(localStorage.getItem(`${storageKey}.unread`) ?? 0);
  let status = 'OPEN';
  const botChoices: HTMLElement[] = [];
  let rated = false;
  let score = 0;
  let followUpEmail = '';
  let typingTimer = 0;
  let lastTypingSent = 0;
  const shown = new Map<string, HTMLElement>();
  const pending = new Map<string, string>(); // client id -> text, until the server acknowledges it
  const resends = new Map<string, number>(); // client id -> times the server refused it

  const newId = () => {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  };

  function setUnread(count: number) {
    unread = count;
    localStorage.setItem(`${storageKey}.unread`, String(count));
    badge.hidden = count === 0;
    badge.textContent = count > 9 ? '9+' : String(count);
    launcher.setAttribute('aria-label', count ? `${t('open')} (${t('unread', { count })})` : t('open'));
  }

  function render(message: WidgetMessage | { clientId: string; from: 'visitor'; text: string; pending: true }) {
    const key = 'id' in message ? message.id : `pending:${message.clientId}`;
    const pendingKey = message.clientId ? `pending:${message.clientId}` : null;
    let element = shown.get(key) ?? (pendingKey ? shown.get(pendingKey) : undefined);
    const fresh = !element;
    if (!element) {
      element = document.createElement('div');
      log.appendChild(element);
    }
    if (pendingKey && key !== pendingKey) shown.delete(pendingKey);
    shown.set(key, element);
    element.className = `msg ${message.from}${'pending' in message ? ' pending' : ''}`;
    element.textContent = message.text ?? ('html' in message && message.html ? textOf(message.html) : '');
    // The bot writes in the question's language (ko, zh-Hans…): with lang set, Korean wraps between words, not syllables.
    if ('bot' in message && message.bot?.language) element.lang = message.bot.language;
    if ('bot' in message && message.bot?.kind === 'answer') renderBotAnswer(element, message.text ?? '', message.bot);
    if ('attachments' in message && message.attachments.length) {
      const files = document.createElement('div');
      files.className = 'files';
      message.attachments.forEach((attachment) => files.appendChild(attachmentView(attachment)));
      element.appendChild(files);
    }
    log.scrollTop = log.scrollHeight;
    return fresh;
  }

  // The answer bot's articles: text only (titles and snippets set as text, links only to this app's help center),
  // and its two choices, which stay usable while the bot holds the conversation.
  function renderBotAnswer(element: HTMLElement, text: string, bot: BotDetails) {
    element.textContent = text.split('\n\n')[0]; // the bot's own words, in the question's language
    const list = document.createElement('ul');
    list.className = 'articles';
    (bot.articles ?? []).forEach((article) => {
      const item = document.createElement('li');
      const title = document.createElement(article.url ? 'a' : 'strong');
      title.textContent = article.title;
      if (title instanceof HTMLAnchorElement && article.url) {
        title.href = new URL(article.url, apiBase).href;
        title.target = '_blank';
        title.rel = 'noopener noreferrer';
      }
      const snippet = document.createElement('span');
      snippet.className = 'snippet';
      snippet.textContent = article.snippet;
      item.append(title, snippet);
      list.appendChild(item);
    });
    const choices = document.createElement('div');
    choices.className = 'choices';
    (bot.choices ?? []).forEach(({ choice, label }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = choice === 'answered' ? 'primary' : 'secondary';
      button.textContent = label;
      button.addEventListener('click', () => {
        if (!socket || !connected) return;
        socket.send(JSON.stringify({ type: 'bot', choice }));
        botChoices.forEach((group) => group.querySelectorAll('button').forEach((b) => { b.disabled = true; }));
      });
      choices.appendChild(button);
    });
    botChoices.push(choices);
    element.append(list, choices);
  }

  // Attachment bytes are fetched with the token in the body (never in a URL) and shown from a blob: images of
  // the server's allow-list inline, anything else as a download, so nothing uploaded runs as a page.
  async function attachmentBlob(attachment: Attachment) {
    const response = await fetch(`${apiBase}/api/v1/widget/attachments/${attachment.id}`, { method: 'POST',
      body: new URLSearchParams({ token: session?.token ?? '' }) });
    if (!response.ok) throw new Error(String(response.status));
    const type = attachment.image ? attachment.contentType : 'application/octet-stream';
    return URL.createObjectURL(new Blob([await response.arrayBuffer()], { type }));
  }

  function attachmentView(attachment: Attachment) {
    const link = document.createElement('a');
    link.href = '#';
    link.download = attachment.filename;
    link.setAttribute('aria-label', t('download', { name: attachment.filename }));
    if (attachment.image) {
      const image = document.createElement('img');
      image.alt = attachment.filename;
      link.appendChild(image);
      attachmentBlob(attachment).then((url) => { image.src = url; link.href = url; }, () => undefined);
    } else {
      link.textContent = attachment.filename;
      link.addEventListener('click', (event) => {
        if (link.href.startsWith('blob:')) return;
        event.preventDefault();
        attachmentBlob(attachment).then((url) => { link.href = url; link.click(); }, () => undefined);
      });
    }
    return link;
  }

  async function sendFile(file: File) {
    if (!session) return;
    if (file.size > session.maxUploadBytes) {
      typingLine.textContent = t('tooLarge', { size: Math.floor(session.maxUploadBytes / 1048576) });
      return;
    }
    const id = newId();
    const text = input.value.trim();
    input.value = '';
    render({ clientId: id, from: 'visitor', text: text ? `${text}\n${file.name}` : file.name, pending: true });
    const form = new FormData();
    form.append('token', session.token);
    form.append('id', id);
    form.append('language', navigator.language);
    if (text) form.append('text', text);
    form.append('file', file);
    const response = await fetch(`${apiBase}/api/v1/widget/uploads`, { method: 'POST', body: form }).catch(() => null);
    if (!response?.ok) {
      shown.get(`pending:${id}`)?.remove();
      shown.delete(`pending:${id}`);
      typingLine.textContent = t(response?.status === 413 ? 'tooLarge' : response?.status === 400 ? 'notAllowed' : 'uploadFailed',
        { size: Math.floor(session.maxUploadBytes / 1048576) });
      return;
    }
    const ack = (await response.json()) as { conversationId: string };
    if (!session.conversation) session.conversation = { id: ack.conversationId, status: 'OPEN' };
    updateForms();
  }

  // Agents' HTML is sanitized by the server; the widget shows its text only, never markup.
  function textOf(html: string) {
    return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  }

  function showHistory(messages: WidgetMessage[]) {
    log.textContent = '';
    shown.clear();
    botChoices.length = 0;
    if (session?.inbox.greeting) {
      const greeting = document.createElement('div');
      greeting.className = 'greeting';
      greeting.textContent = session.inbox.greeting;
      log.appendChild(greeting);
    }
    messages.forEach(render);
    pending.forEach((text, clientId) => render({ clientId, from: 'visitor', text, pending: true }));
  }

  function updateNotice() {
    if (!session) return;
    if (!connected && socket) {
      notice.hidden = false;
      notice.textContent = t('reconnecting');
    } else if (linkExpired) {
      notice.hidden = false;
      notice.textContent = t('linkExpired');
    } else if (!session.agentsAvailable) {
      notice.hidden = false;
      notice.textContent = followUpEmail ? t('emailFollowUp', { email: followUpEmail }) : t('offline');
    } else {
      notice.hidden = true;
    }
    const sub = $<HTMLElement>('header .sub');
    sub.textContent = session.expectedWaitSeconds == null ? t('waitUnknown')
      : t('wait', { time: waitText(t, session.expectedWaitSeconds) });
  }

  function updateForms() {
    if (!session) return;
    // Showing the rating (or the pre-chat form) shrinks the log: keep its last message, such as the bot's goodbye, in view.
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
    botChoices.forEach((group) => group.querySelectorAll('button').forEach((b) => { b.disabled = status !== 'PENDING'; }));
    const needsIntro = !session.conversation && pending.size === 0
      && (session.inbox.preChatForm || !session.agentsAvailable);
    prechat.hidden = !needsIntro;
    composer.hidden = needsIntro;
    rating.hidden = rated || (status !== 'RESOLVED' && status !== 'CLOSED') || !session.conversation;
    if (atBottom) log.scrollTop = log.scrollHeight;
  }

  async function openSession(extra: Record<string, string> = {}) {
    const body: Record<string, unknown> = { token: localStorage.getItem(storageKey) ?? undefined,
      language: navigator.language, ...extra };
    if (continueToken) body.continue = continueToken;
    if (tag.dataset.userId && tag.dataset.userHash) {
      body.identity = { userId: tag.dataset.userId, userHash: tag.dataset.userHash };
    }
    const response = await fetch(`${apiBase}/api/v1/widget/${inboxId}/session`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`Chat session refused: ${response.status}`);
    session = (await response.json()) as Session;
    localStorage.setItem(storageKey, session.token);
    if (continueToken) {
      // Used once: the visitor token now carries the binding. Off the address bar, so it is not shared by accident.
      linkExpired = session.continuation === 'EXPIRED';
      continueToken = null;
      if (continueInUrl) {
        const url = new URL(location.href);
        url.searchParams.delete('continue');
        history.replaceState(history.state, '', url);
      }
    }
    status = session.conversation?.status ?? 'OPEN';
    rated = session.rated;
    $<HTMLElement>('header .title').textContent = session.inbox.name;
    if (session.inbox.color && /^#[0-9a-f]{6}$/i.test(session.inbox.color)) host.style.setProperty('--accent', session.inbox.color);
    showHistory(session.messages);
    updateNotice();
    updateForms();
  }

  function connect() {
    if (!session) return;
    const token = session.token;
    // The token goes in the first frame, not the URL (URLs end up in access logs).
    const ws = new WebSocket(`${apiBase.replace(/^http/, 'ws')}/api/v1/widget/socket`);
    socket = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'auth', token }));
      connected = true;
      retries = 0;
      updateNotice();
      pending.forEach((text, id) => ws.send(JSON.stringify({ type: 'message', id, text })));
    };
    ws.onmessage = (event) => receive(JSON.parse(String(event.data)) as Frame);
    ws.onclose = () => {
      if (socket !== ws) return;
      connected = false;
      updateNotice();
      // Exponential backoff with jitter, at most 30 s between attempts.
      const delay = Math.min(30000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2);
      retries += 1;
      setTimeout(() => {
        if (retries > 3) openSession().then(connect, connect); else connect();
      }, delay);
    };
  }

  function receive(frame: Frame) {
    switch (frame.type) {
      case 'history': {
        const conversation = frame.conversation as Session['conversation'];
        if (session) session.conversation = conversation;
        status = conversation?.status ?? status;
        showHistory(frame.messages as WidgetMessage[]);
        updateForms();
        break;
      }
      case 'ack':
        pending.delete(frame.id as string);
        if (session && !session.conversation) session.conversation = { id: frame.conversationId as string, status: 'OPEN' };
        break;
      case 'message': {
        const message = frame.message as WidgetMessage;
        if (message.clientId) pending.delete(message.clientId);
        if (session && (!session.conversation || session.conversation.id !== frame.conversationId)) {
          session.conversation = { id: frame.conversationId as string, status: 'OPEN' };
          status = 'OPEN';
          rated = false;
        }
        const fresh = render(message);
        if (message.from !== 'visitor') {
          typingLine.textContent = '';
          if (fresh && panel.hidden) setUnread(unread + 1);
        }
        updateForms();
        break;
      }
      case 'typing':
        typingLine.textContent = frame.typing ? t('typing') : '';
        break;
      case 'status':
        status = frame.status as string;
        if (status === 'OPEN') rated = false;
        updateForms();
        break;
      case 'rated':
        rated = true;
        rating.hidden = true;
        typingLine.textContent = t('thanks');
        break;
      case 'error':
        if (typeof frame.id === 'string') refused(frame.id);
        break;
      default:
        break;
    }
  }

  /**
   * The server refused a message (too many too fast, or invalid): it stays pending, marked as not sent,
   * and is offered again a few times before it is given up.
   */
  function refused(id: string) {
    const text = pending.get(id);
    const element = shown.get(`pending:${id}`);
    if (text === undefined) return;
    element?.classList.add('failed');
    if (element) element.title = t('failed');
    const attempts = (resends.get(id) ?? 0) + 1;
    resends.set(id, attempts);
    if (attempts > 5) {
      pending.delete(id);
      return;
    }
    setTimeout(() => {
      if (pending.has(id) && connected && socket) {
        element?.classList.remove('failed');
        socket.send(JSON.stringify({ type: 'message', id, text }));
      }
    }, 1500 * attempts);
  }

  function send(text: string) {
    const id = newId();
    pending.set(id, text);
    render({ clientId: id, from: 'visitor', text, pending: true });
    if (socket && connected) socket.send(JSON.stringify({ type: 'message', id, text }));
    sendTyping(false);
    updateForms();
  }

  function sendTyping(typing: boolean) {
    if (!socket || !connected || !session?.conversation) return;
    const now = Date.now();
    if (typing && now - lastTypingSent < 3000) return;
    lastTypingSent = typing ? now : 0;
    socket.send(JSON.stringify({ type: 'typing', typing }));
  }

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text);
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void sendFile(file);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  input.addEventListener('input', () => {
    sendTyping(true);
    clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => sendTyping(false), 4000);
  });
  prechat.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(prechat);
    const email = String(data.get('email') ?? '').trim();
    const error = prechat.querySelector('.error') as HTMLElement;
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || (!email && session && !session.agentsAvailable)) {
      error.textContent = t('invalidEmail');
      return;
    }
    error.textContent = '';
    const name = String(data.get('name') ?? '').trim();
    await openSession({ ...(name ? { name } : {}), ...(email ? { email } : {}) }).catch(() => undefined);
    const question = String(data.get('question') ?? '').trim();
    if (question) send(question);
    if (session && !session.agentsAvailable && email) {
      followUpEmail = email;
      updateNotice();
    }
    prechat.hidden = true;
    composer.hidden = false;
  });

  const stars = $<HTMLElement>('.stars');
  const submitRating = $<HTMLButtonElement>('.submit-rating');
  for (let value = 1; value <= 5; value++) {
    const star = document.createElement('button');
    star.type = 'button';
    star.textContent = '★';
    star.setAttribute('aria-label', t('rate', { score: value }));
    star.setAttribute('aria-pressed', 'false');
    star.addEventListener('click', () => {
      score = value;
      stars.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-pressed', String(i < value)));
      submitRating.disabled = false;
    });
    stars.appendChild(star);
  }
  submitRating.addEventListener('click', () => {
    const comment = (rating.querySelector('input') as HTMLInputElement).value;
    socket?.send(JSON.stringify({ type: 'rating', score, comment }));
  });

  function toggle(open: boolean) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      setUnread(0);
      log.scrollTop = log.scrollHeight;
      if (!composer.hidden) input.focus();
    }
  }
  launcher.addEventListener('click', () => toggle(panel.hidden));
  $<HTMLButtonElement>('.close').addEventListener('click', () => toggle(false));
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !pageMode) toggle(false);
  });

  setUnread(unread);
  if (pageMode) toggle(true);
  openSession().then(connect, (error) => console.warn('[frontline chat]', error));
}

if (script) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script));
}
