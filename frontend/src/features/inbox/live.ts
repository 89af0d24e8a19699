import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '../../lib/live';
import type { InboxItem, InboxPage } from './api';

export type InboxData = InfiniteData<InboxPage, string | null>;

/** Query keys of the inbox feature. Lists and counts both start with 'inbox', so one invalidation covers both. */
export const inboxKeys = {
  all: ['inbox'] as const,
  lists: ['inbox', 'list'] as const,
  list: (view: string, filtersKey: string) => ['inbox', 'list', view, filtersKey] as const,
  counts: ['inbox', 'counts'] as const,
  views: ['inbox', 'views'] as const,
};

const str = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  // Ids may arrive wrapped ({value: "…"}) depending on how an event record serializes.
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') {
    return (value as { value: string }).value;
  }
  return null;
};
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(str).filter((s): s is string => !!s) : [];

/** The conversation an event is about, if any. */
export const eventConversationId = (event: LiveEvent) => str(event.data.conversationId);

/** Users a note mentions: the contract's `mentions`, or the event record's `mentioned`. */
export const eventMentions = (event: LiveEvent) => strings(event.data.mentions ?? event.data.mentioned);

/** The assignee of a `conversation.assigned` event (`assigneeId` per contract, `assignee` in the event record). */
export const eventAssignee = (event: LiveEvent) => str(event.data.assigneeId ?? event.data.assignee);

/** Who caused the event, when it says. */
export function eventActor(event: LiveEvent): string | null {
  const actor = event.data.actor as { id?: unknown } | undefined;
  return str(actor?.id) ?? str(event.data.author) ?? str(event.data.userId);
}

/** What a live event does to the inbox: patch rows in place now, refetch lists and/or counts soon. */
export interface EventEffect {
  conversationId: string | null;
  patch: ((item: InboxItem) => InboxItem) | null;
  lists: boolean;
  counts: boolean;
}

export function effectOf(event: LiveEvent, me: string, now = new Date().toISOString()): EventEffect {
  const conversationId = eventConversationId(event);
  const none: EventEffect = { conversationId, patch: null, lists: false, counts: false };
  const d = event.data;
  switch (event.type) {
    case 'conversation.created':
      return { ...none, lists: true, counts: true };
    case 'message.received':
      // The conversation's customer wrote the new preview (as the server records it); the refetch brings its text.
      return {
        ...none,
        patch: (item) => ({
          ...item, unread: true, lastActivityAt: now, waitingSince: item.waitingSince ?? now,
          lastMessageDirection: 'INBOUND', lastMessageAuthorType: 'CONTACT', lastMessageAuthorId: item.contactId,
        }),
        lists: true, counts: true,
      };
    case 'message.sent': {
      const author = d.author as { type?: unknown; id?: unknown } | undefined;
      const authorType = str(author?.type) as InboxItem['lastMessageAuthorType'];
      const authorId = str(author?.id);
      return {
        ...none,
        patch: (item) => ({
          ...item, lastActivityAt: now, waitingSince: null,
          lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: authorType, lastMessageAuthorId: authorId,
        }),
        lists: true, counts: false,
      };
    }
    case 'note.added': {
      const mentionsMe = eventMentions(event).includes(me);
      return { ...none, patch: mentionsMe ? (item) => ({ ...item, unread: true }) : null, lists: mentionsMe, counts: mentionsMe };
    }
    case 'conversation.assigned': {
      const assigneeId = eventAssignee(event);
      const teamId = str(d.teamId);
      return { ...none, patch: (item) => ({ ...item, assigneeId, teamId }), lists: true, counts: true };
    }
    case 'conversation_status.changed':
    case 'conversation.status_changed': {
      const status = str(d.to) ?? str(d.status);
      return { ...none, patch: status ? (item) => ({ ...item, status: status as InboxItem['status'] }) : null, lists: true, counts: true };
    }
    case 'conversation_priority.changed':
    case 'conversation.priority_changed': {
      const priority = str(d.to) ?? str(d.priority);
      return { ...none, patch: priority ? (item) => ({ ...item, priority: priority as InboxItem['priority'] }) : null, lists: true, counts: true };
    }
    case 'conversation.tagged': {
      const added = strings(d.added);
      const removed = new Set(strings(d.removed));
      return {
        ...none,
        patch: (item) => ({ ...item, tags: [...new Set([...item.tags.filter((t) => !removed.has(t)), ...added])] }),
        lists: true, counts: true,
      };
    }
    case 'conversation.read': {
      const reader = str(d.userId) ?? str(d.user) ?? eventActor(event);
      if (reader !== me) return none;
      return { ...none, patch: (item) => ({ ...item, unread: false }), lists: false, counts: true };
    }
    case 'sla.warning':
    case 'sla.breached':
    case 'sla_policy.changed':
      // Rows count down on their own; a list filtered or sorted by service level may now hold other rows.
      return { ...none, lists: true, counts: true };
    case 'contact.created':
      return none;
    case 'contacts.merged':
    case 'contact.erased':
      return { ...none, lists: true };
    default:
      return none;
  }
}

/** Applies {@code patch} to the conversation's row in a cached list; the same object when it is not there. */
export function patchList(data: InboxData | undefined, id: string, patch: (item: InboxItem) => InboxItem): InboxData | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    const index = page.items.findIndex((item) => item.id === id);
    if (index < 0) return page;
    changed = true;
    const items = page.items.slice();
    items[index] = patch(items[index]);
    return { ...page, items };
  });
  return changed ? { ...data, pages } : data;
}

/** Patches the conversation's row in every cached inbox list. */
export function patchAllLists(client: QueryClient, id: string, patch: (item: InboxItem) => InboxItem) {
  client.setQueriesData<InboxData>({ queryKey: inboxKeys.lists }, (data) => patchList(data, id, patch));
}

/**
 * Collects refetch requests and runs them once things calm down: a burst of 50 events costs one refetch of
 * the lists and one of the counts. Runs at the latest {@code maxWait} after the first request.
 */
export function createRefetchScheduler(run: (what: { lists: boolean; counts: boolean }) => void, wait = 300, maxWait = 1500) {
  let pending = { lists: false, counts: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | undefined;
  const flush = () => {
    timer = undefined;
    first = undefined;
    const what = pending;
    pending = { lists: false, counts: false };
    if (what.lists || what.counts) run(what);
  };
  return {
    request(what: { lists?: boolean; counts?: boolean }) {
      if (!what.lists && !what.counts) return;
      pending = { lists: pending.lists || !!what.lists, counts: pending.counts || !!what.counts };
      const now = Date.now();
      first ??= now;
      clearTimeout(timer);
      timer = setTimeout(flush, Math.max(0, Math.min(wait, first + maxWait - now)));
    },
    flush,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      first = undefined;
      pending = { lists: false, counts: false };
    },
  };
}

/** "(3) Frontline": the tab title with the unread count, plain when nothing is unread. */
export function unreadTitle(unread: number | null | undefined, base = 'Frontline') {
  if (!unread || unread <= 0) return base;
  return `(${unread > 999 ? '999+' : unread}) ${base}`;
}
