import { useSyncExternalStore } from 'react';
const draftKey = (userId, conversationId) => `frontline.draft.${userId}.${conversationId}`;
export function loadDraft(userId, conversationId) {
    try {
        const raw = localStorage.getItem(draftKey(userId, conversationId));
        if (!raw)
            return null;
        const draft = JSON.parse(raw);
        return typeof draft.text === 'string' ? draft : null;
    }
    catch {
        return null;
    }
}
export function saveDraft(userId, conversationId, draft) {
    const empty = !draft.text.trim() && !draft.cc?.trim() && !draft.subject?.trim();
    try {
        if (empty)
            localStorage.removeItem(draftKey(userId, conversationId));
        else
            localStorage.setItem(draftKey(userId, conversationId), JSON.stringify(draft));
    }
    catch {
        // Storage full or disabled: the draft just is not kept.
    }
}
export const MAX_TABS = 8;
/** Adds (or keeps) a tab, newest last, dropping the oldest read tabs beyond the limit. */
export function withTab(tabs, id) {
    if (tabs.some((t) => t.id === id))
        return tabs;
    const next = [...tabs, { id }];
    while (next.length > MAX_TABS) {
        const drop = next.findIndex((t) => t.id !== id && !t.unread);
        next.splice(drop >= 0 ? drop : 0, 1);
    }
    return next;
}
const tabsKey = (userId) => `frontline.tabs.${userId}`;
const observers = new Set();
const cache = new Map();
function readTabs(userId) {
    if (!cache.has(userId)) {
        let tabs = [];
        try {
            const parsed = JSON.parse(localStorage.getItem(tabsKey(userId)) ?? '[]');
            if (Array.isArray(parsed))
                tabs = parsed.filter((t) => t && typeof t.id === 'string');
        }
        catch {
            tabs = [];
        }
        cache.set(userId, tabs);
    }
    return cache.get(userId);
}
export function updateTabs(userId, change) {
    const next = change(readTabs(userId));
    if (next === readTabs(userId))
        return;
    cache.set(userId, next);
    try {
        localStorage.setItem(tabsKey(userId), JSON.stringify(next));
    }
    catch {
        // not kept
    }
    observers.forEach((notify) => notify());
}
export function useTabs(userId) {
    return useSyncExternalStore((notify) => {
        observers.add(notify);
        return () => observers.delete(notify);
    }, () => readTabs(userId));
}
/** Opens a conversation in a tab (from the customer panel, the contacts page...). */
export const openTab = (userId, id) => updateTabs(userId, (tabs) => withTab(tabs, id));
