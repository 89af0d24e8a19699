import { api, query } from '../../lib/http';
import type { CannedResponse, Tag } from '../../lib/apiTypes';

export type Status = 'OPEN' | 'PENDING' | 'SNOOZED' | 'RESOLVED' | 'CLOSED';
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export const STATUSES: Status[] = ['OPEN', 'PENDING', 'SNOOZED', 'RESOLVED', 'CLOSED'];
export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export interface Conversation {
  id: string;
  inboxId: string;
  channel: string | null;
  contactId: string;
  subject: string | null;
  status: Status;
  snoozedUntil: string | null;
  priority: Priority;
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  customAttributes: Record<string, unknown>;
  createdAt: string;
  firstResponseAt: string | null;
  lastActivityAt: string;
  resolvedAt: string | null;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface CallMetadata {
  direction?: 'INBOUND' | 'OUTBOUND' | string;
  durationSeconds?: number;
  waitSeconds?: number;
  recordingUrl?: string | null;
}

export interface EmailMetadata {
  from?: string;
  to?: string[];
  cc?: string[];
  subject?: string;
}

/** What the chat's answer bot offered the visitor (`metadata.bot` on its messages). */
export interface BotMetadata {
  kind?: string;
  /** The language the bot wrote in (a BCP 47 tag such as ko or zh-Hant). */
  language?: string;
  articles?: { id: string; title: string; url: string | null }[];
}

export interface Message {
  id: string;
  conversationId: string;
  direction: 'INBOUND' | 'OUTBOUND';
  authorType: 'CONTACT' | 'AGENT' | 'BOT' | 'SYSTEM';
  authorId: string | null;
  text: string | null;
  html: string | null;
  internal: boolean;
  mentions: string[];
  deliveryStatus: string;
  attachments: Attachment[];
  metadata?: { call?: CallMetadata; email?: EmailMetadata; bot?: BotMetadata; [key: string]: unknown };
  createdAt: string;
}

export interface TimelineEntry {
  id: string;
  kind: string;
  actor: { type: 'CONTACT' | 'AGENT' | 'BOT' | 'SYSTEM'; id: string | null };
  detail: Record<string, unknown>;
  at: string;
}

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  role: 'AGENT' | 'SUPERVISOR' | 'ADMIN';
  active?: boolean;
}

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
}

export type { CannedResponse, Tag };

export interface AttributeDefinition {
  id: string;
  key: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'DATE' | 'LIST';
  options: string[];
  appliesTo: 'CONVERSATION' | 'CONTACT';
}

export interface NewAttachment {
  filename: string;
  contentType: string;
  data: string;
  size: number;
}

export interface ReplyBody {
  text: string;
  attachments?: { filename: string; contentType: string; data: string }[];
  metadata?: {
    email?: { cc?: string[]; subject?: string };
    whatsapp?: { template: { name: string; language: string; variables: string[] } };
  };
}

export interface ConversationChanges {
  status?: Status;
  snoozedUntil?: string | null;
  priority?: Priority;
  tags?: string[];
  customAttributes?: Record<string, unknown>;
}

/** Conversations name their channel by its id ("email"); the UI uses the Channel enum names ("EMAIL") throughout. */
export const normalizeConversation = (c: Conversation): Conversation => ({ ...c, channel: c.channel ? c.channel.toUpperCase() : null });

export const conversationApi = {
  get: (id: string) => api.get<Conversation>(`/conversations/${id}`).then(normalizeConversation),
  messages: (id: string) => api.get<Message[]>(`/conversations/${id}/messages`),
  timeline: (id: string) => api.get<TimelineEntry[]>(`/conversations/${id}/timeline`),
  reply: (id: string, body: ReplyBody) => api.post<Message>(`/conversations/${id}/messages`, body),
  retry: (id: string, messageId: string) => api.post<Message>(`/conversations/${id}/messages/${messageId}/retry`),
  /** The provider's last error of each reply that has one, by message id. */
  deliveryErrors: (id: string) => api.get<Record<string, string>>(`/conversations/${id}/delivery-errors`),
  note: (id: string, text: string, mentions: string[]) =>
    api.post<Message>(`/conversations/${id}/notes`, { text, mentions }),
  update: (id: string, changes: ConversationChanges) =>
    api.patch<Conversation>(`/conversations/${id}`, changes).then(normalizeConversation),
  assign: (id: string, assigneeId: string | null, teamId: string | null) =>
    api.put<Conversation>(`/conversations/${id}/assignment`, { assigneeId, teamId }).then(normalizeConversation),
  users: () => api.get<StaffMember[]>('/users'),
  teams: () => api.get<Team[]>('/teams'),
  tags: () => api.get<Tag[]>('/tags'),
  cannedResponses: (q: string) => api.get<CannedResponse[]>(`/canned-responses${query({ q })}`),
  attributeDefinitions: () => api.get<AttributeDefinition[]>('/attribute-definitions'),
};
