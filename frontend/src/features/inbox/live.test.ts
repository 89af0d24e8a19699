import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InboxItem } from './api';
import { createRefetchScheduler, effectOf, type InboxData, inboxKeys, patchAllLists, patchList, unreadTitle } from './live';

const ME = 'me-1';
const item = (id: string, extra: Partial<InboxItem> = {}): InboxItem => ({
  id, inboxId: 'i', inboxName: 'Chat', channel: 'CHAT', contactId: 'c', contactName: 'Mina', contactTier: null,
  contactLanguage: null, subject: null, preview: 'hi', lastMessageDirection: 'INBOUND', status: 'OPEN', priority: 'NORMAL',
  assigneeId: null, teamId: null, tags: [], waitingSince: null, lastActivityAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z', snoozedUntil: null, unread: false, sla: null, ...extra,
});
const data = (...pages: InboxItem[][]): InboxData => ({
  pages: pages.map((items, i) => ({ items, nextCursor: i < pages.length - 1 ? `c${i}` : null })),
  pageParams: pages.map((_, i) => (i === 0 ? null : `c${i - 1}`)),
});

describe('live event → inbox effect', () => {
  it('refetches lists and counts for a new conversation', () => {
    const effect = effectOf({ type: 'conversation.created', data: { conversationId: 'a' } }, ME);
    expect(effect).toMatchObject({ conversationId: 'a', lists: true, counts: true, patch: null });
  });

  it('marks a row unread and waiting when a customer writes', () => {
    const effect = effectOf({ type: 'message.received', data: { conversationId: 'a' } }, ME, '2026-02-02T00:00:00Z');
    expect(effect.patch!(item('a'))).toMatchObject({ unread: true, waitingSince: '2026-02-02T00:00:00Z', lastActivityAt: '2026-02-02T00:00:00Z' });
    expect(effect.patch!(item('a', { waitingSince: '2026-01-01T00:00:00Z' })).waitingSince).toBe('2026-01-01T00:00:00Z');
    expect(effect.counts).toBe(true);
  });

  it('stops the waiting clock when we reply', () => {
    const effect = effectOf({ type: 'message.sent', data: { conversationId: 'a' } }, ME);
    expect(effect.patch!(item('a', { waitingSince: '2026-01-01T00:00:00Z' })).waitingSince).toBeNull();
  });

  it('a customer message makes the customer the preview author', () => {
    const row = item('a', { lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'AGENT', lastMessageAuthorId: 'u2' });
    const effect = effectOf({ type: 'message.received', data: { conversationId: 'a', contactId: 'c' } }, ME);
    expect(effect.patch!(row)).toMatchObject({ lastMessageDirection: 'INBOUND', lastMessageAuthorType: 'CONTACT', lastMessageAuthorId: 'c' });
  });

  it('a reply makes its author the preview author', () => {
    const incoming = item('a', { lastMessageDirection: 'INBOUND', lastMessageAuthorType: 'CONTACT', lastMessageAuthorId: 'c' });
    const byAgent = effectOf({ type: 'message.sent', data: { conversationId: 'a', author: { type: 'AGENT', id: 'u2' } } }, ME);
    const replied = byAgent.patch!(incoming);
    expect(replied).toMatchObject({ lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'AGENT', lastMessageAuthorId: 'u2' });
    const byBot = effectOf({ type: 'message.sent', data: { conversationId: 'a', author: { type: 'BOT', id: null } } }, ME);
    expect(byBot.patch!(replied)).toMatchObject({ lastMessageAuthorType: 'BOT', lastMessageAuthorId: null });
  });

  it('patches the assignee from either field name', () => {
    const contract = effectOf({ type: 'conversation.assigned', data: { conversationId: 'a', assigneeId: 'u2', teamId: null } }, ME);
    const record = effectOf({ type: 'conversation.assigned', data: { conversationId: 'a', assignee: 'u3', teamId: 't' } }, ME);
    expect(contract.patch!(item('a')).assigneeId).toBe('u2');
    expect(record.patch!(item('a'))).toMatchObject({ assigneeId: 'u3', teamId: 't' });
  });

  it('patches status, priority and tags', () => {
    expect(effectOf({ type: 'conversation.status_changed', data: { conversationId: 'a', from: 'OPEN', to: 'PENDING' } }, ME)
      .patch!(item('a')).status).toBe('PENDING');
    expect(effectOf({ type: 'conversation.priority_changed', data: { conversationId: 'a', from: 'NORMAL', to: 'URGENT' } }, ME)
      .patch!(item('a')).priority).toBe('URGENT');
    expect(effectOf({ type: 'conversation_status.changed', data: { conversationId: 'a', from: 'OPEN', to: 'RESOLVED' } }, ME)
      .patch!(item('a')).status).toBe('RESOLVED');
    expect(effectOf({ type: 'conversation_priority.changed', data: { conversationId: 'a', from: 'NORMAL', to: 'HIGH' } }, ME)
      .patch!(item('a')).priority).toBe('HIGH');
    expect(effectOf({ type: 'conversation.tagged', data: { conversationId: 'a', added: ['vip', 'b'], removed: ['old'] } }, ME)
      .patch!(item('a', { tags: ['old', 'b'] })).tags).toEqual(['b', 'vip']);
  });

  it('only cares about notes that mention me', () => {
    const other = effectOf({ type: 'note.added', data: { conversationId: 'a', mentions: ['u9'] } }, ME);
    expect(other).toMatchObject({ patch: null, lists: false, counts: false });
    const mine = effectOf({ type: 'note.added', data: { conversationId: 'a', mentioned: [ME] } }, ME);
    expect(mine.counts).toBe(true);
    expect(mine.patch!(item('a')).unread).toBe(true);
  });

  it('marks read only for my own read marker', () => {
    expect(effectOf({ type: 'conversation.read', data: { conversationId: 'a', userId: 'u2' } }, ME).patch).toBeNull();
    expect(effectOf({ type: 'conversation.read', data: { conversationId: 'a', userId: ME } }, ME).patch!(item('a', { unread: true })).unread).toBe(false);
  });

  it('ignores events that do not touch the list', () => {
    expect(effectOf({ type: 'agent_presence.changed', data: { userId: 'x' } }, ME)).toMatchObject({ lists: false, counts: false, patch: null });
    expect(effectOf({ type: 'message.delivery_changed', data: { conversationId: 'a' } }, ME)).toMatchObject({ lists: false, counts: false });
  });
});

describe('patching cached lists', () => {
  it('replaces just the row, on whatever page it is', () => {
    const before = data([item('a'), item('b')], [item('c')]);
    const after = patchList(before, 'c', (i) => ({ ...i, unread: true }))!;
    expect(after.pages[1].items[0].unread).toBe(true);
    expect(after.pages[0]).toBe(before.pages[0]);
    expect(before.pages[1].items[0].unread).toBe(false);
  });

  it('returns the same object when the row is not loaded', () => {
    const before = data([item('a')]);
    expect(patchList(before, 'zzz', (i) => i)).toBe(before);
    expect(patchList(undefined, 'a', (i) => i)).toBeUndefined();
  });

  it('patches every cached list of the inbox', () => {
    const client = new QueryClient();
    client.setQueryData(inboxKeys.list('mine', ''), data([item('a')]));
    client.setQueryData(inboxKeys.list('all', 'channel=CHAT'), data([item('b'), item('a')]));
    patchAllLists(client, 'a', (i) => ({ ...i, priority: 'HIGH' }));
    expect(client.getQueryData<InboxData>(inboxKeys.list('mine', ''))!.pages[0].items[0].priority).toBe('HIGH');
    expect(client.getQueryData<InboxData>(inboxKeys.list('all', 'channel=CHAT'))!.pages[0].items[1].priority).toBe('HIGH');
  });
});

describe('refetch scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns a burst of events into one refetch', () => {
    const run = vi.fn();
    const scheduler = createRefetchScheduler(run, 300, 1500);
    for (let i = 0; i < 50; i++) scheduler.request({ lists: i % 2 === 0, counts: i === 7 });
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith({ lists: true, counts: true });
  });

  it('does not wait forever under a steady stream', () => {
    const run = vi.fn();
    const scheduler = createRefetchScheduler(run, 300, 1000);
    for (let t = 0; t < 1200; t += 100) {
      scheduler.request({ lists: true });
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing for events with no effect, and nothing after cancel', () => {
    const run = vi.fn();
    const scheduler = createRefetchScheduler(run);
    scheduler.request({ lists: false, counts: false });
    scheduler.request({ counts: true });
    scheduler.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('tab title', () => {
  it('shows the unread count', () => {
    expect(unreadTitle(3)).toBe('(3) Frontline');
    expect(unreadTitle(0)).toBe('Frontline');
    expect(unreadTitle(undefined)).toBe('Frontline');
    expect(unreadTitle(12000)).toBe('(999+) Frontline');
  });
});
