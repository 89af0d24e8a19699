// Frontline's embeddable chat: <script src="https://<frontline>/widget.js" data-inbox="<id>" async></script>
// Optional: data-user-id and data-user-hash (hex HMAC-SHA256 of the user id with the inbox secret) for a
// signed-in customer of the host site, data-locale to override the browser language.
import { pickLocale, translator, waitText } from './messages';
import { styles } from './styles';

type WidgetMessage = { id: string; clientId: string | null; from: 'visitor' | 'agent' | 'system'; text: string | null;
  html: string | null; attachments: string[]; createdAt: string };
type Session = { token: string; inbox: { id: string; name: string; color: string | null; preChatForm: boolean; greeting: string | null };
  conversation: { id: string; status: string } | null; messages: WidgetMessage[]; expectedWaitSeconds: number | null;
  agentsAvailable: boolean; rated: boolean };
type Frame = { type: string; [key: string]: unknown };

const script = document.currentScript as HTMLScriptElement | null;

function start(tag: HTMLScriptElement) {
  const inboxId = tag.dataset.inbox;
  if (!inboxId || document.getElementById('frontline-chat')) return;
  const base = new URL(tag.src, location.href);
  const apiBase = base.origin;
  const storageKey = `frontline.chat.${inboxId}`;
  const t = translator(pickLocale(tag.dataset.locale || navigator.language));

  const host = document.createElement('div');
  host.id = 'frontline-chat';
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
  <form class="composer"><textarea name="text" rows="1" maxlength="10000" aria-label="${t('placeholder')}" placeholder="${t('placeholder')}"></textarea>
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
  const prechat = $<HTMLFormElement>('form.prechat');
  const rating = $<HTMLElement>('.rating');

  let session: Session | null = null;
  let socket: WebSocket | null = null;
  let connected = false;
  let retries = 0;
  let unread = Number(localStorage.getItem(`${storageKey}.unread`) ?? 0);
  let status = 'OPEN';
  let rated = false;
  let score = 0;
  let typingTimer = 0;
  let lastTypingSent = 0;
  const shown = new Map<string, HTMLElement>();
  const pending = new Map<string, string>(); // client id -> text, until the server acknowledges it

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
    if ('attachments' in message && message.attachments.length) {
      const files = document.createElement('div');
      files.className = 'files';
      files.textContent = message.attachments.join(', ');
      element.appendChild(files);
    }
    log.scrollTop = log.scrollHeight;
    return fresh;
  }

  // Agents' HTML is sanitized by the server; the widget shows its text only, never markup.
  function textOf(html: string) {
    return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  }

  function showHistory(messages: WidgetMessage[]) {
    log.textContent = '';
    shown.clear();
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
    } else if (!session.agentsAvailable) {
      notice.hidden = false;
      notice.textContent = t('offline');
    } else {
      notice.hidden = true;
    }
    const sub = $<HTMLElement>('header .sub');
    sub.textContent = session.expectedWaitSeconds == null ? t('waitUnknown')
      : t('wait', { time: waitText(t, session.expectedWaitSeconds) });
  }

  function updateForms() {
    if (!session) return;
    const needsIntro = !session.conversation && pending.size === 0
      && (session.inbox.preChatForm || !session.agentsAvailable);
    prechat.hidden = !needsIntro;
    composer.hidden = needsIntro;
    rating.hidden = rated || (status !== 'RESOLVED' && status !== 'CLOSED') || !session.conversation;
  }

  async function openSession(extra: Record<string, string> = {}) {
    const body: Record<string, unknown> = { token: localStorage.getItem(storageKey) ?? undefined,
      language: navigator.language, ...extra };
    if (tag.dataset.userId && tag.dataset.userHash) {
      body.identity = { userId: tag.dataset.userId, userHash: tag.dataset.userHash };
    }
    const response = await fetch(`${apiBase}/api/v1/widget/${inboxId}/session`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`Chat session refused: ${response.status}`);
    session = (await response.json()) as Session;
    localStorage.setItem(storageKey, session.token);
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
      default:
        break;
    }
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
    if ((event as KeyboardEvent).key === 'Escape') toggle(false);
  });

  setUnread(unread);
  openSession().then(connect, (error) => console.warn('[frontline chat]', error));
}

if (script) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script));
}
