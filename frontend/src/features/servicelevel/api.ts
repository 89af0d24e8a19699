import { api, query } from '../../lib/http';
import { formatWait } from '../routing/api';

export const ABANDON_TREATMENTS = ['MET_WITHIN_THRESHOLD', 'IGNORED', 'AGAINST'] as const;
export type AbandonTreatment = (typeof ABANDON_TREATMENTS)[number];
export const INTERVALS = ['15m', '30m', '60m', 'day'] as const;
export type Interval = (typeof INTERVALS)[number];
export const GROUPINGS = ['none', 'channel', 'queue', 'team', 'agent'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface Rule {
  thresholdSeconds: number;
  abandons: AbandonTreatment;
  shortAbandonSeconds: number;
}

/** One row of `GET /sla/reports/service-level` (and of today's lists); percentages null when nothing counts. */
export interface ServiceLevelRow {
  group: string | null;
  label: string;
  intervalStart: string;
  offered: number;
  answered: number;
  answeredWithin: number;
  abandoned: number;
  abandonedWithin: number;
  shortAbandons: number;
  serviceLevelPercent: number | null;
  averageSpeedOfAnswerSeconds: number;
  abandonRatePercent: number | null;
}

export interface ResponseTimeRow {
  group: string | null;
  label: string;
  intervalStart: string;
  metric: string;
  count: number;
  breached: number;
  medianSeconds: number;
  p90Seconds: number;
  meanSeconds: number;
}

export interface ClockRow {
  conversationId: string;
  subject: string | null;
  channel: string;
  assigneeId: string | null;
  assignee: string | null;
  metric: string;
  policy: string;
  targetSeconds: number;
  dueAt: string | null;
  breachedAt: string | null;
}

export interface Today {
  since: string;
  rule: Rule;
  queues: ServiceLevelRow[];
  channels: ServiceLevelRow[];
}

/** What the report form asks for; dates are the workspace's calendar days, `to` included. */
export interface ReportForm {
  fromDay: string;
  toDay: string;
  interval: Interval;
  groupBy: Grouping;
  abandons: AbandonTreatment;
  thresholdSeconds: number;
  shortAbandonSeconds: number;
}

/**
 * The API's half-open period in calendar days, which the server reads in the workspace's time zone: the first day
 * to the day after the last.
 */
export function period(form: Pick<ReportForm, 'fromDay' | 'toDay'>): { from: string; to: string } {
  const [year, month, day] = form.toDay.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { from: form.fromDay, to: next.toISOString().slice(0, 10) };
}

export function serviceLevelQuery(form: ReportForm, format?: 'csv'): string {
  return query({ ...period(form), interval: form.interval, groupBy: form.groupBy, abandons: form.abandons,
    threshold: form.thresholdSeconds, shortAbandon: form.shortAbandonSeconds, format });
}

export function responseTimeQuery(form: ReportForm, format?: 'csv'): string {
  // Clocks belong to conversations, not queue visits: by queue they are not split.
  const groupBy = form.groupBy === 'queue' ? 'none' : form.groupBy;
  return query({ ...period(form), interval: form.interval, groupBy, format });
}

export function breachQuery(form: ReportForm, format?: 'csv'): string {
  return query({ ...period(form), format });
}

export const today = () => api.get<Today>('/sla/service-level/today');
export const atRisk = () => api.get<ClockRow[]>('/sla/at-risk');
export const serviceLevelReport = (form: ReportForm) =>
  api.get<{ rule: Rule; rows: ServiceLevelRow[] }>(`/sla/reports/service-level${serviceLevelQuery(form)}`);
export const responseTimes = (form: ReportForm) =>
  api.get<{ rows: ResponseTimeRow[] }>(`/sla/reports/response-times${responseTimeQuery(form)}`);
export const breaches = (form: ReportForm) => api.get<ClockRow[]>(`/sla/reports/breaches${breachQuery(form)}`);
export const workspaceRule = () => api.get<Rule>('/sla/service-level/rule');
export const saveWorkspaceRule = (rule: Rule) => api.put<Rule>('/sla/service-level/rule', rule);

/** Live events after which the screen's numbers may have changed. */
export const refreshesServiceLevel = (type: string) =>
  type.startsWith('sla') || type.startsWith('routing_offer') || type.startsWith('conversation');

/** "1:05" for 65 s, "2:03:00" past an hour; negative (overdue) as "-0:30". */
export function formatSeconds(seconds: number): string {
  return (seconds < 0 ? '-' : '') + formatWait(Math.round(Math.abs(seconds)));
}
