import { currentLocale } from './i18n';
let timeZone;
/** The signed-in user's timezone (from their profile); the browser's when they have none. */
export function setDisplayTimeZone(zone) {
    timeZone = zone || undefined;
}
export function formatDateTime(iso, options = { dateStyle: 'medium', timeStyle: 'short' }) {
    if (!iso)
        return '';
    return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone }).format(new Date(iso));
}
export function formatTime(iso) {
    return formatDateTime(iso, { timeStyle: 'short' });
}
export function formatNumber(value, options) {
    return new Intl.NumberFormat(currentLocale(), options).format(value);
}
/** "3 min ago", "2 hr ago", in the user's language. */
export function formatRelative(iso, now = Date.now()) {
    if (!iso)
        return '';
    // A moment ago on the server can be a moment ahead on this clock; never say "in 3 seconds".
    const seconds = Math.min(0, Math.round((new Date(iso).getTime() - now) / 1000));
    const format = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto', style: 'short' });
    const abs = Math.abs(seconds);
    if (abs < 60)
        return format.format(seconds, 'second');
    if (abs < 3600)
        return format.format(Math.round(seconds / 60), 'minute');
    if (abs < 86400)
        return format.format(Math.round(seconds / 3600), 'hour');
    return format.format(Math.round(seconds / 86400), 'day');
}
/** A compact elapsed duration such as "4m", "2h 5m", "3d" for waiting times. */
export function formatElapsed(fromIso, now = Date.now()) {
    if (!fromIso)
        return '';
    const minutes = Math.max(0, Math.floor((now - new Date(fromIso).getTime()) / 60000));
    if (minutes < 60)
        return `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    if (hours < 24)
        return `${hours}h ${minutes % 60}m`;
    return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}
