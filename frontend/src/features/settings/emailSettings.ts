import { EMAIL, type Errors } from './forms';

/** How a mail server connection is secured (the API's `tls`). */
export type Tls = 'ssl' | 'starttls' | 'none';
export const TLS_MODES: Tls[] = ['ssl', 'starttls', 'none'];

/** One mail server as the form edits it; the password is write-only (empty = keep the stored one). */
export interface ServerForm {
  enabled: boolean;
  host: string;
  port: string;
  tls: Tls;
  username: string;
  password: string;
  passwordSet: boolean;
  folder: string;
}

export interface EmailForm {
  address: string;
  fromName: string;
  replyTo: string;
  signature: string;
  imap: ServerForm;
  smtp: ServerForm;
}

/** The port a server uses when none is given (as the backend defaults it). */
export function defaultPort(kind: 'imap' | 'smtp', tls: Tls): number {
  if (kind === 'imap') return tls === 'ssl' ? 993 : 143;
  return tls === 'ssl' ? 465 : tls === 'starttls' ? 587 : 25;
}

const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const obj = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function serverForm(kind: 'imap' | 'smtp', stored: Record<string, unknown> | null): ServerForm {
  const tls = TLS_MODES.includes(stored?.tls as Tls) ? (stored?.tls as Tls) : kind === 'imap' ? 'ssl' : 'starttls';
  return {
    enabled: stored != null,
    host: str(stored?.host),
    port: str(stored?.port),
    tls,
    username: str(stored?.username),
    password: '',
    passwordSet: stored?.passwordSet === true,
    folder: kind === 'imap' ? str(stored?.folder) || 'INBOX' : '',
  };
}

/** The form for an inbox's stored (redacted) `settings.email`. */
export function emailForm(settings: Record<string, unknown>): EmailForm {
  const email = obj(settings.email);
  return {
    address: str(email?.address),
    fromName: str(email?.fromName),
    replyTo: str(email?.replyTo),
    signature: str(email?.signature),
    imap: serverForm('imap', obj(email?.imap)),
    smtp: serverForm('smtp', obj(email?.smtp)),
  };
}

function serverSettings(kind: 'imap' | 'smtp', form: ServerForm): Record<string, unknown> | undefined {
  if (!form.enabled) return undefined;
  const server: Record<string, unknown> = { host: form.host.trim(), tls: form.tls };
  if (form.port.trim()) server.port = Number(form.port.trim());
  if (form.username.trim()) server.username = form.username.trim();
  // Left empty, the stored password is kept (the API keeps it when `password` is absent).
  if (form.password) server.password = form.password;
  if (kind === 'imap') server.folder = form.folder.trim() || 'INBOX';
  return server;
}

/** `settings.email` exactly as docs/api.md describes it: blanks left out, passwords only when typed. */
export function emailSettings(form: EmailForm): Record<string, unknown> {
  const email: Record<string, unknown> = { address: form.address.trim() };
  if (form.fromName.trim()) email.fromName = form.fromName.trim();
  if (form.replyTo.trim()) email.replyTo = form.replyTo.trim();
  if (form.signature.trim()) email.signature = form.signature;
  const imap = serverSettings('imap', form.imap);
  if (imap) email.imap = imap;
  const smtp = serverSettings('smtp', form.smtp);
  if (smtp) email.smtp = smtp;
  return email;
}

/** Field errors keyed like the API's (`settings.email.imap.port`), as settings message keys. */
export function validateEmail(form: EmailForm): Errors {
  const errors: Errors = {};
  const p = 'settings.email';
  if (!form.address.trim()) errors[`${p}.address`] = 'validation.required';
  else if (!EMAIL.test(form.address.trim())) errors[`${p}.address`] = 'validation.email';
  if (form.replyTo.trim() && !EMAIL.test(form.replyTo.trim())) errors[`${p}.replyTo`] = 'validation.email';
  for (const kind of ['imap', 'smtp'] as const) {
    const s = form[kind];
    if (!s.enabled) continue;
    if (!s.host.trim()) errors[`${p}.${kind}.host`] = 'validation.required';
    else if (!/^[A-Za-z0-9.:[\]_-]+$/.test(s.host.trim())) errors[`${p}.${kind}.host`] = 'validation.host';
    const port = s.port.trim();
    if (port && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)) errors[`${p}.${kind}.port`] = 'validation.port';
    if (kind === 'imap' && !s.username.trim()) errors[`${p}.${kind}.username`] = 'validation.required';
    if (kind === 'imap' && !s.password && !s.passwordSet) errors[`${p}.${kind}.password`] = 'validation.required';
    if (kind === 'smtp' && s.password && !s.username.trim()) errors[`${p}.${kind}.username`] = 'validation.required';
  }
  return errors;
}

/** The chat widget's settings the backend reads (channels/chat/ChatInbox). */
export interface ChatForm {
  allowedOrigins: string;
  widgetName: string;
  widgetColor: string;
  preChatForm: boolean;
  greeting: string;
  /** The answer bot: on/off, its confidence threshold (a search score) and how long it waits for a silent visitor. */
  botEnabled: boolean;
  botMinScore: string;
  botTimeoutMinutes: string;
}

export function chatForm(settings: Record<string, unknown>): ChatForm {
  return {
    allowedOrigins: Array.isArray(settings.allowedOrigins) ? settings.allowedOrigins.map(String).join('\n') : '',
    widgetName: str(settings.widgetName),
    widgetColor: str(settings.widgetColor),
    preChatForm: settings.preChatForm === true,
    greeting: str(settings.greeting),
    ...botForm(settings.answerBot),
  };
}

function botForm(bot: unknown): Pick<ChatForm, 'botEnabled' | 'botMinScore' | 'botTimeoutMinutes'> {
  const part = bot && typeof bot === 'object' ? bot as Record<string, unknown> : {};
  return {
    botEnabled: part.enabled === true,
    botMinScore: typeof part.minScore === 'number' ? String(part.minScore) : '1',
    botTimeoutMinutes: typeof part.timeoutMinutes === 'number' ? String(part.timeoutMinutes) : '10',
  };
}

/** Origins typed one per line (or comma-separated): trimmed, without trailing slash, blanks and duplicates. */
export function parseOrigins(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean))];
}

export function validOrigin(origin: string) {
  return origin === '*' || /^https?:\/\/[^\s/?#]+$/i.test(origin);
}

export function chatSettings(form: ChatForm): Record<string, unknown> {
  const settings: Record<string, unknown> = { allowedOrigins: parseOrigins(form.allowedOrigins), preChatForm: form.preChatForm };
  if (form.widgetName.trim()) settings.widgetName = form.widgetName.trim();
  if (form.widgetColor.trim()) settings.widgetColor = form.widgetColor.trim();
  if (form.greeting.trim()) settings.greeting = form.greeting.trim();
  settings.answerBot = { enabled: form.botEnabled, minScore: Number(form.botMinScore), timeoutMinutes: Number(form.botTimeoutMinutes) };
  return settings;
}

export function validateChat(form: ChatForm): Errors {
  const errors: Errors = {};
  if (form.widgetColor.trim() && !/^#[0-9a-fA-F]{6}$/.test(form.widgetColor.trim())) errors['settings.widgetColor'] = 'validation.color';
  if (parseOrigins(form.allowedOrigins).some((o) => !validOrigin(o))) errors['settings.allowedOrigins'] = 'validation.origin';
  const score = Number(form.botMinScore);
  if (form.botMinScore.trim() === '' || !(score >= 0 && score <= 100)) errors['settings.answerBot.minScore'] = 'validation.botScore';
  const minutes = Number(form.botTimeoutMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) errors['settings.answerBot.timeoutMinutes'] = 'validation.botTimeout';
  return errors;
}

/** The settings keys the email, chat, SMS and WhatsApp forms own (others stay in the JSON box). */
export const OWN_KEYS: Partial<Record<string, string[]>> = {
  EMAIL: ['email', 'address'],
  CHAT: ['allowedOrigins', 'widgetName', 'widgetColor', 'preChatForm', 'greeting', 'answerBot'],
  SMS: ['sms'],
  WHATSAPP: ['whatsapp'],
  MESSENGER: ['messenger'],
  INSTAGRAM: ['instagram'],
  VOICE: ['voice', 'phoneNumber'],
};
