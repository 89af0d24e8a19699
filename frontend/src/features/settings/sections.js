import { includes } from '../auth/api';
export const SECTIONS = [
    { id: 'profile', role: 'AGENT' },
    { id: 'users', role: 'ADMIN' },
    { id: 'teams', role: 'SUPERVISOR' },
    { id: 'inboxes', role: 'ADMIN' },
    { id: 'canned', role: 'AGENT' },
    { id: 'tags', role: 'SUPERVISOR' },
    { id: 'attributes', role: 'ADMIN' },
    { id: 'tokens', role: 'AGENT' },
    { id: 'webhooks', role: 'ADMIN' },
    { id: 'audit', role: 'ADMIN' },
    { id: 'workspace', role: 'ADMIN' },
];
/** The settings sections someone with {@code role} may open, in menu order. */
export function visibleSections(role) {
    return SECTIONS.filter((s) => includes(role, s.role)).map((s) => s.id);
}
export function canOpen(role, section) {
    return visibleSections(role).includes(section);
}
