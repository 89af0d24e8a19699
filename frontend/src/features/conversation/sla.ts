import { api } from '../../lib/http';

export type SlaMetric = 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION' | 'TIME_TO_ACCEPT' | 'TIME_TO_ANSWER';
export type SlaState = 'RUNNING' | 'PAUSED' | 'ACHIEVED' | 'BREACHED';

/** One SLA clock of a conversation, as `GET /conversations/{id}/sla` returns it. */
export interface SlaClock {
  metric: SlaMetric;
  state: SlaState;
  breached: boolean;
  policy: string;
  businessTime: boolean;
  targetSeconds: number;
  startedAt: string;
  dueAt: string | null;
  /** While running: when it turns "due soon" (the workspace's warning share of the target). */
  warnAt?: string | null;
  elapsedSeconds: number;
  remainingSeconds: number | null;
  breachedAt: string | null;
  stoppedAt: string | null;
}

export const slaClocks = (conversationId: string) => api.get<SlaClock[]>(`/conversations/${conversationId}/sla`);

export type ClockStatus = 'onTrack' | 'dueSoon' | 'overdue' | 'paused' | 'met' | 'missed';

/** What a clock row shows: its status and the seconds left (negative: overdue by), null when it has stopped. */
export interface ClockView {
  status: ClockStatus;
  remainingSeconds: number | null;
}

/** A running clock is "due soon" once this share of its target has passed. */
export const DUE_SOON_SHARE = 0.75;

/**
 * The status of a clock at {@code now}. A running clock counts down to its due time on this machine's clock (it
 * ticks without refetching); a paused one keeps the remaining time the server computed.
 */
export function clockView(clock: SlaClock, now: number): ClockView {
  if (clock.state === 'ACHIEVED') return { status: 'met', remainingSeconds: null };
  if (clock.state === 'BREACHED') return { status: 'missed', remainingSeconds: null };
  if (clock.state === 'PAUSED') return { status: 'paused', remainingSeconds: clock.remainingSeconds };
  const remaining = clock.dueAt != null ? Math.floor((Date.parse(clock.dueAt) - now) / 1000) : clock.remainingSeconds;
  if (remaining == null) return { status: clock.breached ? 'overdue' : 'onTrack', remainingSeconds: null };
  if (remaining < 0 || clock.breached) return { status: 'overdue', remainingSeconds: remaining };
  const passedShare = clock.targetSeconds > 0 ? (clock.targetSeconds - remaining) / clock.targetSeconds : 1;
  return { status: passedShare >= DUE_SOON_SHARE ? 'dueSoon' : 'onTrack', remainingSeconds: remaining };
}

/** The largest sensible unit of a duration for a countdown: "45 sec", "12 min", "3 hr", "2 days". */
export function durationUnit(seconds: number): { value: number; unit: 'second' | 'minute' | 'hour' | 'day' } {
  const abs = Math.abs(seconds);
  if (abs < 60) return { value: abs, unit: 'second' };
  if (abs < 3600) return { value: Math.floor(abs / 60), unit: 'minute' };
  if (abs < 2 * 86400) return { value: Math.floor(abs / 3600), unit: 'hour' };
  return { value: Math.floor(abs / 86400), unit: 'day' };
}

/** A conversation's next deadline: its most urgent running target (the inbox row's `sla`). */
export interface SlaDeadline {
  target: string;
  warnAt: string;
  dueAt: string;
}

export type DeadlineStatus = 'onTrack' | 'dueSoon' | 'overdue';

/** Amber once the warning time has passed, red once the due time has; seconds left (negative: overdue by). */
export function deadlineView(deadline: SlaDeadline, now: number): { status: DeadlineStatus; remainingSeconds: number } {
  const remaining = Math.floor((Date.parse(deadline.dueAt) - now) / 1000);
  const status = remaining < 0 ? 'overdue' : now >= Date.parse(deadline.warnAt) ? 'dueSoon' : 'onTrack';
  return { status, remainingSeconds: remaining };
}

/** The running clock due first, as a deadline (what the conversation header shows); null when none runs. */
export function nextDeadline(clocks: SlaClock[]): SlaDeadline | null {
  let next: SlaDeadline | null = null;
  for (const clock of clocks) {
    if (clock.state !== 'RUNNING' || !clock.dueAt) continue;
    if (!next || Date.parse(clock.dueAt) < Date.parse(next.dueAt)) {
      next = { target: clock.metric, warnAt: clock.warnAt ?? clock.dueAt, dueAt: clock.dueAt };
    }
  }
  return next;
}
