import { api, query } from '../../lib/http';
import type { PresenceStatus } from '../presence/presence';

export type Outcome = 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'CANCELLED';

export interface Offer {
  id: string;
  conversationId: string;
  queueId: string;
  agentId: string;
  channel: string;
  mode: 'PUSH' | 'PULL' | 'TRANSFER';
  createdAt: string;
  expiresAt: string;
  outcome: Outcome | null;
  declineReason: string | null;
  decidedAt: string | null;
}

export interface Queue {
  id: string;
  name: string;
  teamId: string | null;
  inboxId: string | null;
  requiredSkill: string | null;
  minProficiency: number;
  offerTimeoutSeconds: number | null;
  isDefault: boolean;
  push: boolean;
  /** Offer first to the contact's last agent if they handled them within this many seconds; 0 = off. */
  stickyWindowSeconds: number;
  agentSelection: AgentSelection;
  /** Target expansion steps; each null when off. */
  expansion: { afterSeconds: number | null; minProficiency: number | null; overflowAfterSeconds: number | null; overflowQueueId: string | null };
}

export const AGENT_SELECTIONS = ['LONGEST_IDLE', 'LEAST_OCCUPIED', 'ROUND_ROBIN', 'MOST_SKILLED'] as const;
export type AgentSelection = (typeof AGENT_SELECTIONS)[number];

export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export interface Rule {
  id: string;
  queueId: string;
  position: number;
  channel: string | null;
  inboxId: string | null;
  language: string | null;
  tag: string | null;
  priority: Priority | null;
  /** The contact's tier, such as vip. */
  tier: string | null;
  /** Custom attributes and the value each must have: the conversation's ({ topic: 'billing' }), the contact's as contact.key. */
  attributes: Record<string, string>;
}

export interface Capacity {
  chat: number;
  email: number;
  messaging: number;
  voice: number;
  total: number;
}

export interface Profile {
  userId: string;
  skills: Record<string, number>;
  languages: string[];
  capacity: Capacity;
  /** Offers to this agent are accepted at once. */
  autoAccept: boolean;
  /** Chats, emails and messages may still be routed to this agent while they are on a call. */
  chatDuringCalls: boolean;
}

export interface QueueState {
  queueId: string;
  name: string;
  waiting: number;
  offersInFlight: number;
  longestWaitSeconds: number;
  agentsAvailable: number;
  agentsBusy: number;
  agentsAway: number;
  expectedWaitSeconds: number | null;
}

export interface QueueMatch {
  queueId: string;
  queueName: string;
  ruleId: string | null;
  reasons: string[];
  checks: RuleCheck[];
}

/** One rule tried by the rule test: each of its conditions with the sample's value. */
export interface RuleCheck {
  ruleId: string;
  position: number;
  queueName: string;
  matched: boolean;
  conditions: { condition: string; expected: string; actual: string | null; matched: boolean }[];
}

export interface SampleConversation {
  channel?: string;
  language?: string;
  tags: string[];
  priority: Priority;
  tier?: string;
  attributes: Record<string, string | number>;
}

export const ROUTING_EVENTS = ['routing_offer.created', 'routing_offer.accepted', 'routing_offer.declined',
  'routing_offer.expired', 'routing_offer.cancelled'];

export const myPendingOffers = (userId: string) =>
  api.get<Offer[]>(`/routing/offers${query({ outcome: 'PENDING', agentId: userId })}`);
export const acceptOffer = (id: string) => api.post<Offer>(`/routing/offers/${id}/accept`);
export const declineOffer = (id: string, reason: string) =>
  api.post<Offer>(`/routing/offers/${id}/decline`, { reason: reason.trim() || null });
export const getNext = () => api.post<Offer | undefined>('/routing/next');

export const queues = () => api.get<Queue[]>('/routing/queues');
export const createQueue = (queue: Omit<Queue, 'id'>) => api.post<Queue>('/routing/queues', queue);
export const updateQueue = (queue: Queue) => api.put<Queue>(`/routing/queues/${queue.id}`, queue);
export const deleteQueue = (id: string) => api.delete(`/routing/queues/${id}`);
export const rules = () => api.get<Rule[]>('/routing/rules');
export const createRule = (rule: Omit<Rule, 'id'>) => api.post<Rule>('/routing/rules', rule);
export const updateRule = ({ id, ...rule }: Rule) => api.put<Rule>(`/routing/rules/${id}`, rule);
export const deleteRule = (id: string) => api.delete(`/routing/rules/${id}`);
export const testRules = (sample: SampleConversation) => api.post<QueueMatch>('/routing/rules/test', sample);

/**
 * Reads attributes typed as "topic=billing, seats=5"; a value that is a number is sent as one, as a
 * number attribute would be on a real conversation. Entries without a key or value are dropped.
 */
export function parseAttributes(text: string): Record<string, string | number> {
  const attributes: Record<string, string | number> = {};
  for (const part of text.split(',')) {
    const [key, ...rest] = part.split('=');
    const name = key.trim();
    const value = rest.join('=').trim();
    if (name && value) attributes[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return attributes;
}

/** Attribute condition rows as edited (blank keys dropped) to the rule's attributes map. */
export function attributeConditions(rows: { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.key.trim(), r.value.trim()] as const).filter(([key]) => key));
}

/** A rule's conditions in one line, attributes as attributes.key = value in key order (the server's map has none). */
export function ruleConditions(rule: Rule, label: (field: string) => string): string[] {
  const fields: [string, string | null][] = [['channel', rule.channel], ['language', rule.language], ['tag', rule.tag],
    ['priority', rule.priority], ['tier', rule.tier]];
  return [...fields.filter(([, value]) => value).map(([field, value]) => `${label(field)}: ${value}`),
    ...Object.entries(rule.attributes ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => `attributes.${key} = ${value}`)];
}
export const profiles = () => api.get<Profile[]>('/routing/profiles');
export const saveProfile = (profile: Profile) =>
  api.put<Profile>(`/routing/profiles/${profile.userId}`, profile);
export const queueStates = () => api.get<QueueState[]>('/routing/queues/state');

/** Seconds left until {@code expiresAt}, never negative. */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((new Date(expiresAt).getTime() - now) / 1000));
}

/** "skill:level, skill:level" as typed in the profile form, to a skills map; invalid parts are dropped. */
export function parseSkills(text: string): Record<string, number> {
  const skills: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [name, level] = part.split(':').map((s) => s.trim());
    const value = Number(level);
    if (name && Number.isInteger(value)) skills[name.toLowerCase()] = value;
  }
  return skills;
}

export function formatSkills(skills: Record<string, number>): string {
  return Object.entries(skills).map(([name, level]) => `${name}:${level}`).join(', ');
}

/** Whole seconds as "m:ss" (or "h:mm:ss"). */
export function formatWait(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Offers shown in the pop-up: pushed and transferred ones (pull offers are accepted at once). */
export function showsInPopup(offer: Pick<Offer, 'mode'>): boolean {
  return offer.mode !== 'PULL';
}

export interface Transfer {
  conversationId: string;
  queueId: string;
  offer: Offer | null;
}

/** Transfers a conversation to a queue, or to an agent as an offer only they get, with an optional internal note. */
export const transfer = (body: { conversationId: string; agentId?: string; queueId?: string; note?: string }) =>
  api.post<Transfer>('/routing/transfers', body);

export interface TransferTargets {
  queues: { id: string; name: string }[];
  /** Other active members; only available ones can take a transfer. */
  agents: { userId: string; displayName: string; available: boolean }[];
}

export const transferTargets = () => api.get<TransferTargets>('/routing/transfer-targets');

export interface Load {
  chat: number;
  email: number;
  messaging: number;
  voice: number;
  total: number;
}

export interface AgentState {
  userId: string;
  displayName: string;
  role: 'AGENT' | 'SUPERVISOR' | 'ADMIN';
  status: PresenceStatus;
  reason: string | null;
  since: string | null;
  /** Open conversations plus pending offers per kind of channel, as capacity counts them. */
  load: Load;
  capacity: Capacity;
  pendingOffers: number;
  conversations: { conversationId: string; channel: string; since: string; contactName: string | null }[];
}

export interface QueuedConversation {
  conversationId: string;
  queueId: string;
  channel: string;
  priority: Priority;
  state: 'WAITING' | 'OFFERED';
  enqueuedAt: string;
  contactName: string | null;
  offeredTo: string | null;
}

export interface Reassignment {
  conversationId: string;
  agentId: string | null;
  queueId: string | null;
  forced: boolean;
}

export const agentStates = () => api.get<AgentState[]>('/routing/agents/state');
export const queuedConversations = () => api.get<QueuedConversation[]>('/routing/queued?limit=200');
/** Supervisors: assigns at once to an agent (refused when offline or full unless forced), or moves to a queue. */
export const reassign = (body: { conversationId: string; agentId?: string; queueId?: string; note?: string; force?: boolean }) =>
  api.post<Reassignment>('/routing/reassignments', body);

/** Live events after which the supervisor's view is stale. */
export const SUPERVISOR_EVENTS = [...ROUTING_EVENTS, 'agent_presence.changed', 'conversation.assigned',
  'conversation.created', 'conversation.status_changed', 'conversation.transferred'];

/** Kinds of channel in the order capacity is shown. */
export const CHANNEL_KINDS = ['chat', 'email', 'messaging', 'voice'] as const;

/** Whether this kind of channel is over capacity or the total is (a forced reassignment can do that). */
export function overCapacity(load: Load, capacity: Capacity, kind: (typeof CHANNEL_KINDS)[number] | 'total'): boolean {
  return load[kind] > capacity[kind];
}
