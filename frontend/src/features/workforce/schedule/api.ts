import { api, query } from '../../../lib/http';

export type ScheduleStatus = 'QUEUED' | 'SOLVING' | 'SOLVED' | 'FAILED';
export type ActivityKind = 'BREAK' | 'LUNCH' | 'MEETING';

export interface ScheduleSummary {
  id: string;
  firstDay: string;
  days: number;
  status: ScheduleStatus;
  score: string | null;
  hardViolations: number | null;
  coverage: number | null;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
}

export interface ShownActivity { kind: ActivityKind; start: string; end: string; title: string | null }

/** Times are the workspace's wall-clock times, ISO local date-times. */
export interface ScheduledShift {
  userId: string;
  agentName: string;
  day: string;
  start: string;
  end: string;
  template: string;
  activities: ShownActivity[];
  edited: boolean;
}

export interface ScheduleDetail { schedule: ScheduleSummary; shifts: ScheduledShift[] }
export interface CoverageLine { skill: string; start: string; required: number; scheduled: number }

export interface TimeOffRequest {
  id: string;
  userId: string;
  agentName: string;
  firstDay: string;
  lastDay: string;
  reason: string | null;
  status: 'REQUESTED' | 'APPROVED' | 'DECLINED';
  decidedAt: string | null;
  createdAt: string;
}

/** What the generate form asks: one day-shift template and a flat requirement over opening hours on weekdays. */
export interface GenerateForm {
  firstDay: string;
  days: string;
  earliestStart: string;
  latestStart: string;
  shiftHours: string;
  openFrom: string;
  openTo: string;
  agentsNeeded: string;
  weekends: boolean;
  timeLimitSeconds: string;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The next Monday on or after a day. */
export function nextMonday(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (8 - weekday) % 7);
}

/** The API request for the form: the template in minutes, one requirement per day the center is open. */
export function toScheduleRequest(form: GenerateForm) {
  const days = Number(form.days);
  const requirements = Array.from({ length: days }, (_, i) => addDays(form.firstDay, i))
    .filter((day) => form.weekends || !isWeekend(day))
    .map((day) => ({ day, from: form.openFrom, to: form.openTo, agents: Number(form.agentsNeeded) }));
  return {
    firstDay: form.firstDay,
    days,
    timeLimitSeconds: Number(form.timeLimitSeconds),
    shiftTemplates: [{
      name: 'Day', lengthMinutes: Math.round(Number(form.shiftHours) * 60), earliestStart: form.earliestStart,
      latestStart: form.latestStart, startStepMinutes: 30,
    }],
    requirements,
  };
}

export interface AgentRow { userId: string; agentName: string; shifts: Record<string, ScheduledShift> }

/** One row per agent, by name, with their shift on each day. */
export function agentRows(shifts: ScheduledShift[]): AgentRow[] {
  const rows = new Map<string, AgentRow>();
  for (const shift of shifts) {
    const row = rows.get(shift.userId) ?? { userId: shift.userId, agentName: shift.agentName, shifts: {} };
    row.shifts[shift.day] = shift;
    rows.set(shift.userId, row);
  }
  return [...rows.values()].sort((a, b) => a.agentName.localeCompare(b.agentName));
}

/** Hours and minutes of a local date-time, as written on a schedule. */
export function clock(dateTime: string): string {
  return dateTime.slice(11, 16);
}

/** Required and scheduled agents summed over skills per quarter hour, in time order. */
export function coverageSeries(lines: CoverageLine[]): { start: string; required: number; scheduled: number }[] {
  const byStart = new Map<string, { start: string; required: number; scheduled: number }>();
  for (const line of lines) {
    const point = byStart.get(line.start) ?? { start: line.start, required: 0, scheduled: 0 };
    point.required += line.required;
    point.scheduled += line.scheduled;
    byStart.set(line.start, point);
  }
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}

export const schedulesApi = {
  list: () => api.get<ScheduleSummary[]>('/workforce/schedules'),
  get: (id: string) => api.get<ScheduleDetail>(`/workforce/schedules/${id}`),
  coverage: (id: string) => api.get<CoverageLine[]>(`/workforce/schedules/${id}/coverage`),
  generate: (form: GenerateForm) => api.post<ScheduleSummary>('/workforce/schedules', toScheduleRequest(form)),
  publish: (id: string) => api.post<ScheduleSummary>(`/workforce/schedules/${id}/publish`),
  mine: (from: string, days: number) => api.get<ScheduledShift[]>(`/workforce/my-schedule${query({ from, days })}`),
  timeOff: () => api.get<TimeOffRequest[]>('/workforce/time-off'),
  requestTimeOff: (firstDay: string, lastDay: string, reason: string) =>
    api.post<TimeOffRequest>('/workforce/time-off', { firstDay, lastDay, reason }),
  decide: (id: string, approve: boolean) => api.post<TimeOffRequest>(`/workforce/time-off/${id}/${approve ? 'approve' : 'decline'}`),
};
