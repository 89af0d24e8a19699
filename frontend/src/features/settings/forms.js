import { ProblemError } from '../../lib/http';
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ATTRIBUTE_KEY = /^[a-z][a-z0-9_]{0,63}$/;
export const SHORTCUT = /^\S{1,50}$/;
export const PHONE = /^\+[1-9]\d{6,14}$/;
export const COLOR = /^#[0-9a-fA-F]{6}$/;
const blank = (value) => !value || !value.trim();
/** The server's field errors by field name (first message wins), for showing next to each field. */
export function serverFieldErrors(error) {
    const errors = {};
    if (error instanceof ProblemError) {
        for (const e of error.errors)
            errors[e.field] ??= e.message;
    }
    return errors;
}
export function hasErrors(errors) {
    return Object.keys(errors).length > 0;
}
export function validateInvite(v) {
    const errors = {};
    if (blank(v.email))
        errors.email = 'validation.required';
    else if (!EMAIL.test(v.email.trim()))
        errors.email = 'validation.email';
    if (blank(v.displayName))
        errors.displayName = 'validation.required';
    return errors;
}
export function validatePassword(password, confirm) {
    const errors = {};
    if (password.length < 10)
        errors.password = 'validation.passwordLength';
    else if (password !== confirm)
        errors.confirm = 'validation.passwordMatch';
    return errors;
}
export function validateCanned(v) {
    const errors = {};
    if (blank(v.shortcut))
        errors.shortcut = 'validation.required';
    else if (!SHORTCUT.test(v.shortcut))
        errors.shortcut = 'validation.shortcut';
    if (blank(v.title))
        errors.title = 'validation.required';
    if (blank(v.body))
        errors.body = 'validation.required';
    return errors;
}
export function validateAttribute(v) {
    const errors = {};
    if (!ATTRIBUTE_KEY.test(v.key))
        errors.key = 'validation.attributeKey';
    if (blank(v.label))
        errors.label = 'validation.required';
    if (v.type === 'LIST' && v.options.length === 0)
        errors.options = 'validation.options';
    return errors;
}
/** Options of a list attribute typed one per line or comma-separated: trimmed, without blanks and duplicates. */
export function parseOptions(text) {
    return [...new Set(text.split(/[\n,]/).map((o) => o.trim()).filter(Boolean))];
}
export function validateWebhook(v) {
    const errors = {};
    try {
        const url = new URL(v.url.trim());
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            errors.url = 'validation.url';
    }
    catch {
        errors.url = 'validation.url';
    }
    if (v.eventTypes.length === 0)
        errors.eventTypes = 'validation.eventTypes';
    return errors;
}
export const CHANNEL_FIELDS = {
    EMAIL: [{ key: 'address', kind: 'email', required: true }],
    CHAT: [{ key: 'widgetName', kind: 'text', required: true }, { key: 'widgetColor', kind: 'color', required: false }],
    SMS: [{ key: 'phoneNumber', kind: 'phone', required: true }],
    WHATSAPP: [{ key: 'phoneNumber', kind: 'phone', required: true }],
    VOICE: [{ key: 'phoneNumber', kind: 'phone', required: true }],
    MESSENGER: [{ key: 'pageId', kind: 'text', required: false }],
    API: [],
};
export function validateInbox(v) {
    const errors = {};
    if (blank(v.name))
        errors.name = 'validation.required';
    for (const field of CHANNEL_FIELDS[v.channel]) {
        const value = String(v.settings[field.key] ?? '').trim();
        const name = `settings.${field.key}`;
        if (!value) {
            if (field.required)
                errors[name] = 'validation.required';
        }
        else if (field.kind === 'email' && !EMAIL.test(value))
            errors[name] = 'validation.email';
        else if (field.kind === 'phone' && !PHONE.test(value.replace(/[\s()-]/g, '')))
            errors[name] = 'validation.phone';
        else if (field.kind === 'color' && !COLOR.test(value))
            errors[name] = 'validation.color';
    }
    return errors;
}
/** Settings to save: the channel's fields (phone numbers without spaces) merged over what else was stored. */
export function inboxSettings(channel, values, stored = {}) {
    const settings = { ...stored };
    for (const field of CHANNEL_FIELDS[channel]) {
        const value = String(values[field.key] ?? '').trim();
        if (!value)
            delete settings[field.key];
        else
            settings[field.key] = field.kind === 'phone' ? value.replace(/[\s()-]/g, '') : value;
    }
    return settings;
}
/** Variables a canned response body may use; the composer fills them in. */
export const CANNED_VARIABLES = ['{{contact.name}}', '{{contact.email}}', '{{agent.name}}', '{{conversation.id}}', '{{workspace.name}}'];
/** Variables used in a body that the composer does not know (likely typos). */
export function unknownVariables(body) {
    const used = body.match(/\{\{\s*[^}]*\}\}/g) ?? [];
    return [...new Set(used.map((v) => v.replace(/\s+/g, '')).filter((v) => !CANNED_VARIABLES.includes(v)))];
}
/** The absolute link to send someone for an invitation path answered by the API ("/invite/<token>"). */
export function absoluteUrl(path, origin = window.location.origin) {
    return new URL(path, origin).toString();
}
