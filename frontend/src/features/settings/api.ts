import { api, query } from '../../lib/http';
import type { Role } from '../auth/api';
import type { CannedResponse, Tag } from '../../lib/apiTypes';

export interface StaffMember {
  id: string;
  workspaceId: string;
  email: string;
  displayName: string;
  role: Role;
  active?: boolean;
}
export interface Invitation {
  user: StaffMember;
  inviteUrl: string;
  expiresAt: string;
}
export interface Team {
  id: string;
  name: string;
  memberIds: string[];
}
export type Channel = 'CHAT' | 'EMAIL' | 'SMS' | 'WHATSAPP' | 'MESSENGER' | 'INSTAGRAM' | 'VOICE' | 'API';
export const CHANNELS: Channel[] = ['CHAT', 'EMAIL', 'SMS', 'WHATSAPP', 'MESSENGER', 'INSTAGRAM', 'VOICE', 'API'];
export interface Inbox {
  id: string;
  name: string;
  channel: Channel;
  settings: Record<string, unknown>;
  createdAt: string;
}
export type { CannedResponse, Tag };
export type AttributeType = 'TEXT' | 'NUMBER' | 'DATE' | 'LIST';
export interface AttributeDefinition {
  id: string;
  key: string;
  label: string;
  type: AttributeType;
  options: string[];
  appliesTo: 'CONVERSATION' | 'CONTACT';
}
export interface TokenSummary {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}
export interface IssuedToken {
  id: string;
  name: string;
  token: string;
  createdAt: string;
}
export interface Webhook {
  id: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  createdAt: string;
  secret: string | null;
}
export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
export interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  detail: string;
  createdAt: string;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface Workspace {
  id: string;
  name: string;
  timezone: string;
  languages: string[];
  defaultLanguage: string;
}

export const settingsApi = {
  updateProfile: (changes: { displayName?: string; locale?: string; timezone?: string }) => api.patch('/auth/me', changes),

  users: () => api.get<StaffMember[]>('/users'),
  invite: (body: { email: string; displayName: string; role: Role }) => api.post<Invitation>('/users/invitations', body),
  reinvite: (id: string) => api.post<Invitation>(`/users/${id}/invitation`),
  updateUser: (id: string, changes: { displayName?: string; role?: Role; active?: boolean }) =>
    api.patch<StaffMember>(`/users/${id}`, changes),

  teams: () => api.get<Team[]>('/teams'),
  createTeam: (name: string) => api.post<Team>('/teams', { name }),
  renameTeam: (id: string, name: string) => api.patch<Team>(`/teams/${id}`, { name }),
  deleteTeam: (id: string) => api.delete(`/teams/${id}`),
  addMember: (teamId: string, userId: string) => api.put<Team>(`/teams/${teamId}/members/${userId}`),
  removeMember: (teamId: string, userId: string) => api.delete<Team>(`/teams/${teamId}/members/${userId}`),

  inboxes: () => api.get<Inbox[]>('/inboxes'),
  createInbox: (body: { name: string; channel: Channel; settings: Record<string, unknown> }) => api.post<Inbox>('/inboxes', body),
  updateInbox: (id: string, body: { name?: string; settings?: Record<string, unknown> }) => api.patch<Inbox>(`/inboxes/${id}`, body),

  canned: (q?: string) => api.get<CannedResponse[]>(`/canned-responses${query({ q })}`),
  createCanned: (body: Omit<CannedResponse, 'id' | 'ownerId'>) => api.post<CannedResponse>('/canned-responses', body),
  updateCanned: (id: string, body: Partial<Omit<CannedResponse, 'id' | 'ownerId'>>) => api.patch<CannedResponse>(`/canned-responses/${id}`, body),
  deleteCanned: (id: string) => api.delete(`/canned-responses/${id}`),

  tags: () => api.get<Tag[]>('/tags'),
  createTag: (name: string, color: string | null) => api.post<Tag>('/tags', { name, color }),
  deleteTag: (name: string) => api.delete(`/tags/${encodeURIComponent(name)}`),

  attributes: () => api.get<AttributeDefinition[]>('/attribute-definitions'),
  createAttribute: (body: Omit<AttributeDefinition, 'id'>) => api.post<AttributeDefinition>('/attribute-definitions', body),
  updateAttribute: (id: string, body: Partial<Omit<AttributeDefinition, 'id' | 'key'>>) =>
    api.patch<AttributeDefinition>(`/attribute-definitions/${id}`, body),
  deleteAttribute: (id: string) => api.delete(`/attribute-definitions/${id}`),

  tokens: () => api.get<TokenSummary[]>('/tokens'),
  createToken: (name: string) => api.post<IssuedToken>('/tokens', { name }),
  revokeToken: (id: string) => api.delete(`/tokens/${id}`),

  webhooks: () => api.get<Webhook[]>('/webhooks'),
  /** Event types a webhook can name (besides "*" for every event), as the server sends them. */
  webhookEventTypes: () => api.get<string[]>('/webhooks/event-types'),
  createWebhook: (url: string, eventTypes: string[]) => api.post<Webhook>('/webhooks', { url, eventTypes }),
  deleteWebhook: (id: string) => api.delete(`/webhooks/${id}`),
  deliveries: (id: string) => api.get<WebhookDelivery[]>(`/webhooks/${id}/deliveries`),

  audit: (cursor?: string | null) => api.get<Page<AuditEntry>>(`/audit-log${query({ cursor, limit: 50 })}`),

  workspace: () => api.get<Workspace>('/workspace'),
  updateWorkspace: (changes: Partial<Omit<Workspace, 'id'>>) => api.patch<Workspace>('/workspace', changes),
};

