import { COLOR, type Errors } from '../settings/forms';
import type { HelpCenterSettings } from './api';

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

/** Field errors (message keys of the `helpcenter` namespace) before the settings are sent. */
export function validateHelpCenter(v: HelpCenterSettings): Errors {
  const errors: Errors = {};
  if (!SLUG.test(v.slug)) errors.slug = 'error.slug';
  if (!COLOR.test(v.brandColor)) errors.brandColor = 'error.color';
  if (v.logoUrl && !/^https:\/\/[^\s/]+/i.test(v.logoUrl)) errors.logoUrl = 'error.logoUrl';
  return errors;
}

/** The settings as sent: blank optional fields become null, the slug lower case. */
export function cleanHelpCenter(v: HelpCenterSettings): HelpCenterSettings {
  const blank = (text: string | null) => (text && text.trim() ? text.trim() : null);
  return { ...v, slug: v.slug.trim().toLowerCase(), name: blank(v.name), logoUrl: blank(v.logoUrl),
    chatInboxId: v.chatInboxId || null, contactInboxId: v.contactInboxId || null };
}

/** The public address of the help center in a language, e.g. `/help/acme/zh-Hans`. */
export function publicPath(slug: string, language: string) {
  return `/help/${slug}/${language}`;
}
