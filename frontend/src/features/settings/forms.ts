import { ProblemError } from '../../lib/http';
import type { Channel } from './api';

/** Field errors of a form: field name → message key (in the settings namespace) or server message. */
export type Errors = Record<string, string>;

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ATTRIBUTE_KEY = /^[a-z][a-z0-9_]{0,63}$/;
export const SHORTCUT = /^\S{1,50}$/;
export const PHONE = /^\+[1-9]\d{6,14}$/;
export const COLOR = /^#[0-9a-fA-F]{6}$/;

const blank = (value: string | null | undefined) => !value || !value.trim();

/**
 * The server's field errors by field name (first message wins), for showing next to each field; a message that
 * starts with its field's name ("targets.RESOLUTION must be …") loses it, since it shows next to that field.
 */
export function serverFieldErrors(error: unknown): Errors {
  const errors: Errors = {};
  if (error instanceof ProblemError) {
    for (const e of error.errors) {
      errors[e.field] ??= e.message.startsWith(`${e.field} `) ? e.message.slice(e.field.length + 1) : e.message;
    }
  }
  return errors;
}

export function hasErrors(errors: Errors) {
  return Object.keys(errors).length > 0;
}

export function validateInvite(v: { email: string; displayName: string }): Errors {
  const errors: Errors = {};
  if (blank(v.email)) errors.email = 'validation.required';
  else if (!EMAIL.test(v.email.trim())) errors.email = 'validation.email';
  if (blank(v.displayName)) errors.displayName = 'validation.required';
  return errors;
}

export function validatePassword(password: string, confirm: string): Errors {
  const errors: Errors = {};
  if (password.length < 10) errors.password = 'validation.passwordLength';
  else if (password !== confirm) errors.confirm = 'validation.passwordMatch';
  return errors;
}

export function validateCanned(v: { shortcut: string; title: string; body: string }): Errors {
  const errors: Errors = {};
  if (blank(v.shortcut)) errors.shortcut = 'validation.required';
  else if (!SHORTCUT.test(v.shortcut)) errors.shortcut = 'validation.shortcut';
  if (blank(v.title)) errors.title = 'validation.required';
  if (blank(v.body)) errors.body = 'validation.required';
  return errors;
}

export function validateAttribute(v: { key: string; label: string; type: string; options: string[] }): Errors {
  const errors: Errors = {};
  if (!ATTRIBUTE_KEY.test(v.key)) errors.key = 'validation.attributeKey';
  if (blank(v.label)) errors.label = 'validation.required';
  if (v.type === 'LIST' && v.options.length === 0) errors.options = 'validation.options';
  return errors;
}

/** Options of a list attribute typed one per line or comma-separated: trimmed, without blanks and duplicates. */
export function parseOptions(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((o) => o.trim()).filter(Boolean))];
}

export function validateWebhook(v: { url: string; eventTypes: string[] }): Errors {
  const errors: Errors = {};
  try {
    const url = new URL(v.url.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') errors.url = 'validation.url';
  } catch {
    errors.url = 'validation.url';
  }
  if (v.eventTypes.length === 0) errors.eventTypes = 'validation.eventTypes';
  return errors;
}

/** The settings fields each channel type needs, with how to check them. */
export interface ChannelField {
  key: string;
  kind: 'email' | 'phone' | 'text' | 'color';
  required: boolean;
}
export const CHANNEL_FIELDS: Record<Channel, ChannelField[]> = {
  EMAIL: [{ key: 'address', kind: 'email', required: true }],
  CHAT: [{ key: 'widgetName', kind: 'text', required: true }, { key: 'widgetColor', kind: 'color', required: false }],
  SMS: [{ key: 'phoneNumber', kind: 'phone', required: true }],
  WHATSAPP: [{ key: 'phoneNumber', kind: 'phone', required: true }],
  VOICE: [{ key: 'phoneNumber', kind: 'phone', required: true }],
  MESSENGER: [],
  INSTAGRAM: [],
  API: [],
};

export function validateInbox(v: { name: string; channel: Channel; settings: Record<string, unknown> }): Errors {
  const errors: Errors = {};
  if (blank(v.name)) errors.name = 'validation.required';
  for (const field of CHANNEL_FIELDS[v.channel]) {
    const value = String(v.settings[field.key] ?? '').trim();
    const name = `settings.${field.key}`;
    if (!value) {
      if (field.required) errors[name] = 'validation.required';
    } else if (field.kind === 'email' && !EMAIL.test(value)) errors[name] = 'validation.email';
    else if (field.kind === 'phone' && !PHONE.test(value.replace(/[\s()-]/g, ''))) errors[name] = 'validation.phone';
    else if (field.kind === 'color' && !COLOR.test(value)) errors[name] = 'validation.color';
  }
  return errors;
}

/** Settings to save: the channel's fields (phone numbers without spaces) merged over what else was stored. */
export function inboxSettings(channel: Channel, values: Record<string, unknown>, stored: Record<string, unknown> = {}) {
  const settings: Record<string, unknown> = { ...stored };
  for (const field of CHANNEL_FIELDS[channel]) {
    const value = String(values[field.key] ?? '').trim();
    if (!value) delete settings[field.key];
    else settings[field.key] = field.kind === 'phone' ? value.replace(/[\s()-]/g, '') : value;
  }
  return settings;
}

/** Variables a canned response body may use; the composer fills them in. */
export const CANNED_VARIABLES = ['{{contact.name}}', '{{contact.email}}', '{{agent.name}}', '{{conversation.id}}', '{{workspace.name}}'];

/** Variables used in a body that the composer does not know (likely typos). */
export function unknownVariables(body: string): string[] {
  const used = body.match(/\{\{\s*[^}]*\}\}/g) ?? [];
  return [...new Set(used.map((v) => v.replace(/\s+/g, '')).filter((v) => !CANNED_VARIABLES.includes(v)))];
}

/** The absolute link to send someone for an invitation path answered by the API ("/invite/<token>"). */
export function absoluteUrl(path: string, origin = window.location.origin) {
  return new URL(path, origin).toString();
}
