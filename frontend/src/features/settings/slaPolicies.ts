import { api } from '../../lib/http';
import type { SlaMetric } from '../conversation/sla';
import type { Errors } from './forms';

export const METRICS: SlaMetric[] = ['FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION', 'TIME_TO_ACCEPT', 'TIME_TO_ANSWER'];
/** The statuses a policy may pause clocks in (the API refuses others). */
export const PAUSING_STATUSES = ['PENDING', 'SNOOZED'] as const;
export type PausingStatus = (typeof PAUSING_STATUSES)[number];
/** Channel names as conversations carry them (lowercase, unlike inbox channel types). */
export const SLA_CHANNELS = ['chat', 'email', 'sms', 'whatsapp', 'messenger', 'voice', 'api'] as const;

export interface SlaConditions {
  channels: string[];
  inboxIds: string[];
  priorities: string[];
  tags: string[];
  tiers: string[];
}
export interface SlaPolicy {
  id: string;
  name: string;
  position: number;
  builtIn: boolean;
  conditions: SlaConditions;
  /** ISO-8601 durations by metric. */
  targets: Partial<Record<SlaMetric, string>>;
  businessTime: boolean;
  pauses: Partial<Record<PausingStatus, SlaMetric[]>>;
}
export type SlaPolicyBody = Omit<SlaPolicy, 'id' | 'builtIn' | 'position'> & { position?: number };

export const slaPoliciesApi = {
  list: () => api.get<SlaPolicy[]>('/sla/policies'),
  create: (body: SlaPolicyBody) => api.post<SlaPolicy>('/sla/policies', body),
  update: (id: string, body: SlaPolicyBody) => api.put<SlaPolicy>(`/sla/policies/${id}`, body),
  remove: (id: string) => api.delete(`/sla/policies/${id}`),
};

export const DURATION_UNITS = ['SECONDS', 'MINUTES', 'HOURS', 'DAYS'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
const UNIT_SECONDS: Record<DurationUnit, number> = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 };

/** A target as the form shows it: a whole number of one unit, as typed. */
export interface TargetDraft {
  amount: string;
  unit: DurationUnit;
}

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Seconds of an ISO-8601 duration in days, hours, minutes and whole seconds ("P4D", "PT96H", "PT1H30M"); null otherwise. */
export function durationSeconds(iso: string): number | null {
  const text = iso.trim().toUpperCase();
  const match = ISO_DURATION.exec(text);
  if (!match || !/\d/.test(text) || text.endsWith('T')) return null;
  const [days, hours, mins, secs] = match.slice(1).map((part) => Number(part ?? 0));
  return days * 86400 + hours * 3600 + mins * 60 + secs;
}

/** The largest unit that divides the duration exactly, so "PT96H" reads "4 days" and "PT90M" reads "90 minutes". */
export function targetDraft(iso: string): TargetDraft {
  const seconds = durationSeconds(iso) ?? 0;
  const unit = [...DURATION_UNITS].reverse().find((u) => seconds % UNIT_SECONDS[u] === 0 && seconds > 0) ?? 'SECONDS';
  return { amount: String(seconds / UNIT_SECONDS[unit]), unit };
}

/** The ISO-8601 duration of a typed target; null unless the amount is a whole number above zero. */
export function targetIso(draft: TargetDraft): string | null {
  const amount = draft.amount.trim();
  if (!/^\d+$/.test(amount) || Number(amount) === 0) return null;
  const seconds = Number(amount) * UNIT_SECONDS[draft.unit];
  return seconds % 86400 === 0 ? `P${seconds / 86400}D` : `PT${seconds}S`;
}

/** Everything the policy form edits; a metric without a draft target is not measured by the policy. */
export interface PolicyDraft {
  name: string;
  conditions: SlaConditions;
  targets: Partial<Record<SlaMetric, TargetDraft>>;
  businessTime: boolean;
  pauses: Record<PausingStatus, SlaMetric[]>;
}

/** What a new policy starts with: the API's defaults (business time, pending pauses next response and resolution). */
export function newPolicyDraft(): PolicyDraft {
  return {
    name: '',
    conditions: { channels: [], inboxIds: [], priorities: [], tags: [], tiers: [] },
    targets: { FIRST_RESPONSE: { amount: '1', unit: 'HOURS' }, RESOLUTION: { amount: '4', unit: 'DAYS' } },
    businessTime: true,
    pauses: { PENDING: ['NEXT_RESPONSE', 'RESOLUTION'], SNOOZED: [...METRICS] },
  };
}

export function policyDraft(policy: SlaPolicy): PolicyDraft {
  const targets: PolicyDraft['targets'] = {};
  for (const metric of METRICS) {
    const target = policy.targets[metric];
    if (target) targets[metric] = targetDraft(target);
  }
  return {
    name: policy.name,
    conditions: { ...policy.conditions },
    targets,
    businessTime: policy.businessTime,
    pauses: { PENDING: policy.pauses.PENDING ?? [], SNOOZED: policy.pauses.SNOOZED ?? [] },
  };
}

/** Field errors before anything is sent, keyed like the API's ("name", "targets", "targets.RESOLUTION"). */
export function validatePolicy(draft: PolicyDraft): Errors {
  const errors: Errors = {};
  if (!draft.name.trim()) errors.name = 'validation.required';
  const measured = METRICS.filter((m) => draft.targets[m]);
  if (measured.length === 0) errors.targets = 'slaPolicies:validation.noTarget';
  for (const metric of measured) {
    if (targetIso(draft.targets[metric]!) === null) errors[`targets.${metric}`] = 'slaPolicies:validation.amount';
  }
  return errors;
}

/** The request body of a valid draft; the position is kept by the server on change, appended on create. */
export function policyBody(draft: PolicyDraft): SlaPolicyBody {
  const targets: SlaPolicyBody['targets'] = {};
  for (const metric of METRICS) {
    const target = draft.targets[metric];
    if (target) targets[metric] = targetIso(target)!;
  }
  return { name: draft.name.trim(), conditions: draft.conditions, targets, businessTime: draft.businessTime, pauses: draft.pauses };
}

/** Tags or tiers typed comma-separated: trimmed, without blanks and duplicates. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(',').map((v) => v.trim()).filter(Boolean))];
}

/**
 * The policies whose position changes when the one at {@code index} moves one place ({@code step} -1 up, +1 down),
 * with their new positions: everything renumbered 0, 1, 2… in the new order, so equal or sparse positions left by
 * earlier changes come out distinct. Empty when it cannot move further.
 */
export function movedPositions(policies: SlaPolicy[], index: number, step: -1 | 1): { policy: SlaPolicy; position: number }[] {
  const target = index + step;
  if (target < 0 || target >= policies.length) return [];
  const order = [...policies];
  [order[index], order[target]] = [order[target], order[index]];
  return order.map((policy, position) => ({ policy, position })).filter(({ policy, position }) => policy.position !== position);
}
