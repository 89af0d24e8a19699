import { api } from '../../lib/http';
export const STATUSES = ['AVAILABLE', 'BUSY', 'AWAY', 'ON_BREAK', 'TRAINING', 'MEETING', 'AFTER_CALL_WORK', 'OFFLINE'];
/** The dot colour of each status, as a theme variable or a calm fixed colour. */
export const statusColor = {
    AVAILABLE: 'var(--success)',
    BUSY: 'var(--danger)',
    AWAY: '#d9a21b',
    ON_BREAK: 'var(--warning)',
    TRAINING: '#7a5af8',
    MEETING: '#2e90fa',
    AFTER_CALL_WORK: '#0e9384',
    OFFLINE: '#98a2b3',
};
export const myPresence = () => api.get('/presence/me');
export const setMyPresence = (status, reason) => api.put('/presence/me', { status, reason: reason?.trim() || null });
export const teamPresence = () => api.get('/presence');
export const setPresenceOf = (userId, status, reason) => api.put(`/presence/${userId}`, { status, reason: reason?.trim() || null });
/**
 * Time in the current state as a ticking clock: "0:42", "12:05", "1:02:09", and "2d 3h" beyond a day;
 * empty for someone never seen (no start).
 */
export function formatTimeInState(sinceIso, now = Date.now()) {
    if (!sinceIso)
        return '';
    const total = Math.max(0, Math.floor((now - new Date(sinceIso).getTime()) / 1000));
    const days = Math.floor(total / 86400);
    const hours = Math.floor((total % 86400) / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const two = (n) => String(n).padStart(2, '0');
    if (days > 0)
        return `${days}d ${hours}h`;
    if (hours > 0)
        return `${hours}:${two(minutes)}:${two(seconds)}`;
    return `${minutes}:${two(seconds)}`;
}
/** Applies a live change to a cached presence list (unknown users are left for the next refetch). */
export function applyPresenceChange(list, change) {
    if (!list)
        return list;
    let found = false;
    const next = list.map((p) => {
        if (p.userId !== change.userId)
            return p;
        found = true;
        return { ...p, status: change.status, reason: change.reason ?? null, since: change.since ?? null };
    });
    return found ? next : list;
}
/** Orders a board: working states first (available, then busy...), offline last, then by name. */
export function sortBoard(list, locale) {
    const order = (s) => STATUSES.indexOf(s);
    return [...list].sort((a, b) => order(a.status) - order(b.status)
        || a.displayName.localeCompare(b.displayName, locale));
}
