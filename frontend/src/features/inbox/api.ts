import { api, query } from '../../lib/http';
import type { SlaDeadline } from '../conversation/sla';
import { type Filters, type Sort, filtersToParams } from './filters';

export type Channel = 'CHAT' | 'EMAIL' | 'SMS' | 'WHATSAPP' | 'MESSENGER' | 'INSTAGRAM' | 'VOICE' | 'API';
export const CHANNELS: Channel[] = ['CHAT', 'EMAIL', 'SMS', 'WHATSAPP', 'MESSENGER', 'INSTAGRAM', 'VOICE', 'API'];
export type Status = 'OPEN' | 'PENDING' | 'SNOOZED' | 'RESOLVED' | 'CLOSED';
export const STATUSES: Status[] = ['OPEN', 'PENDING', 'SNOOZED', 'RESOLVED', 'CLOSED'];
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export const PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

/** A row of the agent's conversation list (GET /inbox). */
export interface InboxItem {
  id: string;
  inboxId: string;
  inboxName: string | null;
  channel: string | null;
  contactId: string;
  contactName: string | null;
  contactTier: string | null;
  contactLanguage: string | null;
  subject: string | null;
  preview: string | null;
  lastMessageDirection: 'INBOUND' | 'OUTBOUND' | null;
  /**
   * Who wrote the preview's message (the author type and, for staff, their id). Not sent by the server yet:
   * until it is, outbound previews cannot tell the agent's own reply from a colleague's or the answer bot's.
   */
  lastMessageAuthorType?: 'CONTACT' | 'AGENT' | 'BOT' | 'SYSTEM' | null;
  lastMessageAuthorId?: string | null;
  status: Status;
  priority: Priority;
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  waitingSince: string | null;
  lastActivityAt: string;
  createdAt: string;
  snoozedUntil: string | null;
  unread: boolean;
  /** The next SLA deadline (most urgent running target); null while none runs. */
  sla: SlaDeadline | null;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
}

export interface InboxCounts {
  mine: number;
  unassigned: number;
  teams: number;
  all: number | null;
  mentions: number;
  views: Record<string, number>;
  unread: number;
}

export interface SavedView {
  id: string;
  name: string;
  shared: boolean;
  ownerId: string;
  filters: Partial<Record<keyof Filters, string | null>>;
  sort: Sort;
}

export interface NewView {
  name: string;
  shared: boolean;
  filters: Partial<Record<keyof Filters, string | null>>;
  sort: Sort;
}

export interface BulkRequest {
  ids: string[];
  action: 'assign' | 'status' | 'tag';
  /** A user / team id, or 'none' to clear; left out, the conversation keeps its own. */
  assigneeId?: string;
  teamId?: string;
  status?: Status;
  snoozedUntil?: string;
  addTags?: string[];
  removeTags?: string[];
}

export interface BulkResult {
  updated: number;
  failed: { id: string; status: number; detail: string | null }[];
}

export interface StaffMember { id: string; displayName: string; email: string; role: string; active?: boolean }
export interface Team { id: string; name: string; memberIds: string[] }
export interface InboxRef { id: string; name: string; channel: string }
export interface Tag { name: string; color: string | null; conversations: number }

export const PAGE_SIZE = 50;

export const inboxApi = {
  list: (view: string, filters: Filters, cursor: string | null, limit = PAGE_SIZE) =>
    api.get<InboxPage>(`/inbox${query({ view, ...filtersToParams(filters), cursor, limit })}`),
  counts: () => api.get<InboxCounts>('/inbox/counts'),
  views: () => api.get<SavedView[]>('/views'),
  createView: (view: NewView) => api.post<SavedView>('/views', view),
  updateView: (id: string, view: Partial<NewView>) => api.patch<SavedView>(`/views/${id}`, view),
  deleteView: (id: string) => api.delete(`/views/${id}`),
  bulk: (request: BulkRequest) => api.post<BulkResult>('/conversations/bulk', request),
  markRead: (id: string) => api.put<void>(`/conversations/${id}/read`),
  users: () => api.get<StaffMember[]>('/users'),
  teams: () => api.get<Team[]>('/teams'),
  inboxes: () => api.get<InboxRef[]>('/inboxes'),
  tags: () => api.get<Tag[]>('/tags'),
};
