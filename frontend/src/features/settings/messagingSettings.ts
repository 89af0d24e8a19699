import type { Errors } from './forms';

/**
 * The `sms` and `whatsapp` parts of an inbox's settings (backend: channels/messaging/MessagingSettings).
 * Credentials are write-only: the API shows `<name>Set: true`, and a credential left empty keeps the stored one.
 */
export type MessagingPart = 'sms' | 'whatsapp';

export interface MessagingField {
  key: string;
  secret: boolean;
  required: boolean;
  placeholder?: string;
}

export const MESSAGING_FIELDS: Record<MessagingPart, MessagingField[]> = {
  sms: [
    { key: 'accountSid', secret: false, required: true, placeholder: 'AC…' },
    { key: 'authToken', secret: true, required: true },
    { key: 'from', secret: false, required: true, placeholder: '+15550001111' },
    { key: 'apiBaseUrl', secret: false, required: false, placeholder: 'https://api.twilio.com' },
  ],
  whatsapp: [
    { key: 'phoneNumberId', secret: false, required: true },
    { key: 'accessToken', secret: true, required: true },
    { key: 'appSecret', secret: true, required: true },
    { key: 'verifyToken', secret: true, required: true },
    { key: 'apiBaseUrl', secret: false, required: false, placeholder: 'https://graph.facebook.com' },
    { key: 'apiVersion', secret: false, required: false, placeholder: 'v21.0' },
  ],
};

export interface TemplateForm {
  name: string;
  language: string;
  body: string;
}

export interface MessagingForm {
  values: Record<string, string>;
  /** Which credentials are stored already. */
  set: Record<string, boolean>;
  templates: TemplateForm[];
}

const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export const partOf = (channel: string): MessagingPart | null =>
  channel === 'SMS' ? 'sms' : channel === 'WHATSAPP' ? 'whatsapp' : null;

export function messagingForm(part: MessagingPart, settings: Record<string, unknown>): MessagingForm {
  const stored = obj(settings[part]);
  const values: Record<string, string> = {};
  const set: Record<string, boolean> = {};
  for (const field of MESSAGING_FIELDS[part]) {
    values[field.key] = field.secret ? '' : typeof stored[field.key] === 'string' ? (stored[field.key] as string) : '';
    if (field.secret) set[field.key] = stored[`${field.key}Set`] === true;
  }
  const templates = Array.isArray(stored.templates) ? stored.templates.map((t) => {
    const tpl = obj(t);
    return { name: String(tpl.name ?? ''), language: String(tpl.language ?? ''), body: String(tpl.body ?? '') };
  }) : [];
  return { values, set, templates };
}

/** The part to save: blanks left out, credentials only when typed, templates without empty rows. */
export function messagingSettings(part: MessagingPart, form: MessagingForm): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const field of MESSAGING_FIELDS[part]) {
    const value = field.secret ? form.values[field.key] : form.values[field.key]?.trim();
    if (value) settings[field.key] = value;
  }
  if (part === 'whatsapp') {
    settings.templates = form.templates
      .filter((t) => t.name.trim() || t.body.trim())
      .map((t) => ({ name: t.name.trim(), language: t.language.trim(), body: t.body }));
  }
  return settings;
}

/** Field errors keyed like the API's (`settings.sms.from`), as settings message keys. */
export function validateMessaging(part: MessagingPart, form: MessagingForm): Errors {
  const errors: Errors = {};
  for (const field of MESSAGING_FIELDS[part]) {
    const value = form.values[field.key]?.trim();
    if (field.required && !value && !(field.secret && form.set[field.key])) errors[`settings.${part}.${field.key}`] = 'validation.required';
  }
  const from = form.values.from?.trim();
  if (part === 'sms' && from && !/^\+[1-9][\d\s()-]{6,20}$/.test(from)) errors['settings.sms.from'] = 'validation.phone';
  const base = form.values.apiBaseUrl?.trim();
  if (base && !/^https?:\/\/[^\s/?#]+/i.test(base)) errors[`settings.${part}.apiBaseUrl`] = 'validation.url';
  form.templates.forEach((t, i) => {
    if (!(t.name.trim() || t.body.trim())) return;
    if (!/^[a-z0-9_]+$/.test(t.name.trim())) errors[`settings.whatsapp.templates[${i}].name`] = 'validation.templateName';
    if (!t.language.trim()) errors[`settings.whatsapp.templates[${i}].language`] = 'validation.required';
    if (!t.body.trim()) errors[`settings.whatsapp.templates[${i}].body`] = 'validation.required';
  });
  return errors;
}
