import { useSyncExternalStore } from 'react';

/** Open conversation tabs and drafts live in this browser's localStorage, per signed-in user. */

export interface Draft {
  mode: 'reply' | 'note';
  text: string;
  cc?: string;
  subject?: string;
  mentions?: { id: string; name: string }[];
}

const draftKey = (userId: string, conversationId: string) => `frontline.draft.${userId}.${conversationId}`;

export function loadDraft(userId: string, conversationId: string): Draft | null {
  try {
    const raw = localStorage.getItem(draftKey(userId, conversationId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return typeof draft.text === 'string' ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, conversationId: string, draft: Draft) {
  const empty = !draft.text.trim() && !draft.cc?.trim() && !draft.subject?.trim();
  try {
    if (empty) localStorage.removeItem(draftKey(userId, conversationId));
    else localStorage.setItem(draftKey(userId, conversationId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the draft just is not kept.
  }
}

export interface Tab {
  id: string;
  unread?: boolean;
}

export const MAX_TABS = 8;

/** Adds (or keeps) a tab, newest last, dropping the oldest read tabs beyond the limit. */
export function withTab(tabs: Tab[], id: string): Tab[] {
  if (tabs.some((t) => t.id === id)) return tabs;
  const next = [...tabs, { id }];
  while (next.length > MAX_TABS) {
    const drop = next.findIndex((t) => t.id !== id && !t.unread);
    next.splice(drop >= 0 ? drop : 0, 1);
  }
  return next;
}

const tabsKey = (userId: string) => `frontline.tabs.${userId}`;
const observers = new Set<() => void>();
const cache = new Map<string, Tab[]>();

function readTabs(userId: string): Tab[] {
  if (!cache.has(userId)) {
    let tabs: Tab[] = [];
    try {
      const parsed = JSON.parse(localStorage.getItem(tabsKey(userId)) ?? '[]');
      if (Array.isArray(parsed)) tabs = parsed.filter((t) => t && typeof t.id === 'string');
    } catch {
      tabs = [];
    }
    cache.set(userId, tabs);
  }
  return cache.get(userId)!;
}

export function updateTabs(userId: string, change: (tabs: Tab[]) => Tab[]) {
  const next = change(readTabs(userId));
  if (next === readTabs(userId)) return;
  cache.set(userId, next);
  try {
    localStorage.setItem(tabsKey(userId), JSON.stringify(next));
  } catch {
    // not kept
  }
  observers.forEach((notify) => notify());
}

export function useTabs(userId: string): Tab[] {
  return useSyncExternalStore((notify) => {
    observers.add(notify);
    return () => observers.delete(notify);
  }, () => readTabs(userId));
}

/** Opens a conversation in a tab (from the customer panel, the contacts page...). */
export const openTab = (userId: string, id: string) => updateTabs(userId, (tabs) => withTab(tabs, id));
