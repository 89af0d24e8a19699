import { api, ProblemError, query } from '../../../lib/http';

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

export type CoverageSource = 'forecast' | 'fixed';
/** What the forecast's coverage is staffed for: a service level within a threshold, or a maximum average speed of answer. */
export type StaffingTarget = 'serviceLevel' | 'speedOfAnswer';

/**
 * What the generate form asks: one day-shift template and the required agents, either from a queue's forecast staffed
 * for a service-level target (the default) or a maximum average speed of answer, or a flat number over opening hours on weekdays.
 */
export interface GenerateForm {
  firstDay: string;
  days: string;
  earliestStart: string;
  latestStart: string;
  shiftHours: string;
  /** The break rule set the shift template names ('' : each agent's contract decides). */
  breakRuleSetId: string;
  coverage: CoverageSource;
  queueId: string;
  target: StaffingTarget;
  targetPercent: string;
  answerWithinSeconds: string;
  maxAverageSpeedOfAnswer: string;
  averageHandleSeconds: string;
  shrinkagePercent: string;
  concurrency: string;
  openFrom: string;
  openTo: string;
  agentsNeeded: string;
  weekends: boolean;
  timeLimitSeconds: string;
}

export interface Requirement { skill: string | null; day: string; from: string; to: string; agents: number }

/** A queue's coverage as the server took it from the forecast: method, handle time and the agents per quarter hour. */
export interface ForecastCoverage {
  queueId: string;
  used: {
    skill: string;
    method: string;
    averageHandleSeconds: number | null;
    handleTimeSource: string;
    patienceSeconds: number | null;
    requirements: Requirement[];
  } | null;
}

/** Per day of a forecast coverage: the most agents needed at once and the agent-hours needed, in day order. */
export function coverageByDay(requirements: Requirement[]): { day: string; peak: number; agentHours: number }[] {
  const days = new Map<string, { day: string; peak: number; agentHours: number }>();
  for (const requirement of requirements) {
    const day = days.get(requirement.day) ?? { day: requirement.day, peak: 0, agentHours: 0 };
    day.peak = Math.max(day.peak, requirement.agents);
    day.agentHours += requirement.agents / 4;
    days.set(requirement.day, day);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

const optionalNumber = (value: string, scale = 1) => (value.trim() === '' ? undefined : Number(value) / scale);

function forecastCoverage(form: GenerateForm) {
  return {
    queueId: form.queueId,
    ...(form.target === 'speedOfAnswer'
      ? { maxAverageSpeedOfAnswer: Number(form.maxAverageSpeedOfAnswer) }
      : { targetServiceLevel: Number(form.targetPercent) / 100, answerWithinSeconds: Number(form.answerWithinSeconds) }),
    averageHandleSeconds: optionalNumber(form.averageHandleSeconds),
    shrinkage: optionalNumber(form.shrinkagePercent, 100),
    concurrency: optionalNumber(form.concurrency),
  };
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

/**
 * The API request for the form: the template in minutes, and the coverage from the queue's forecast or one
 * requirement per day the center is open.
 */
export function toScheduleRequest(form: GenerateForm) {
  const days = Number(form.days);
  const fromForecast = form.coverage === 'forecast';
  const requirements = fromForecast ? [] : Array.from({ length: days }, (_, i) => addDays(form.firstDay, i))
    .filter((day) => form.weekends || !isWeekend(day))
    .map((day) => ({ day, from: form.openFrom, to: form.openTo, agents: Number(form.agentsNeeded) }));
  return {
    firstDay: form.firstDay,
    days,
    timeLimitSeconds: Number(form.timeLimitSeconds),
    shiftTemplates: [{
      name: 'Day', lengthMinutes: Math.round(Number(form.shiftHours) * 60), earliestStart: form.earliestStart,
      latestStart: form.latestStart, startStepMinutes: 30, ...(form.breakRuleSetId ? { breakRuleSetId: form.breakRuleSetId } : {}),
    }],
    requirements,
    ...(fromForecast ? { coverageFromForecast: [forecastCoverage(form)] } : {}),
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

/** A published shift with the schedule it belongs to, as a swap request names it. */
export interface TeamShift extends ScheduledShift { scheduleId: string }

export type SwapStatus = 'REQUESTED' | 'ACCEPTED' | 'APPROVED' | 'DECLINED';

export interface ShiftSwap {
  id: string;
  scheduleId: string;
  requesterId: string;
  requesterDay: string;
  partnerId: string;
  partnerDay: string;
  status: SwapStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface Colleague { userId: string; agentName: string; shifts: TeamShift[] }

/** Everyone but me who has a shift in the same schedule as the one offered, by name, with their shifts there. */
export function swapPartners(team: TeamShift[], me: string, offered: TeamShift | undefined): Colleague[] {
  if (!offered) return [];
  const colleagues = new Map<string, Colleague>();
  for (const shift of team) {
    if (shift.userId === me || shift.scheduleId !== offered.scheduleId) continue;
    const colleague = colleagues.get(shift.userId) ?? { userId: shift.userId, agentName: shift.agentName, shifts: [] };
    colleague.shifts.push(shift);
    colleagues.set(shift.userId, colleague);
  }
  return [...colleagues.values()].sort((a, b) => a.agentName.localeCompare(b.agentName));
}

/** What the hand-edit form holds for one agent's day. */
export interface ShiftEditForm { template: string; start: string; lunchStart: string; dayOff: boolean }

/** The PUT body: a day off, or a shift by template and start, lunch where the rules put it unless one is chosen. */
export function toShiftEdit(form: ShiftEditForm) {
  if (form.dayOff) return { dayOff: true };
  return { template: form.template, start: form.start, ...(form.lunchStart ? { lunchStart: form.lunchStart } : {}) };
}

/** The form for an agent's day: their shift's template, start and lunch, or the schedule's first template from 09:00. */
export function shiftEditForm(shift: ScheduledShift | undefined, templates: string[]): ShiftEditForm {
  if (!shift) return { template: templates[0] ?? 'Day', start: '09:00', lunchStart: '', dayOff: false };
  const lunch = shift.activities.find((activity) => activity.kind === 'LUNCH');
  return { template: shift.template, start: clock(shift.start), lunchStart: lunch ? clock(lunch.start) : '', dayOff: false };
}

/** The server's explanation of a failed call, with what it says of each field of a 400 (its messages name the field). */
export function problemMessage(error: unknown): string | null {
  if (!(error instanceof ProblemError)) return null;
  return [error.detail ?? error.title, ...error.errors.map((field) => field.message)].join(' · ');
}

export const schedulesApi = {
  list: () => api.get<ScheduleSummary[]>('/workforce/schedules'),
  get: (id: string) => api.get<ScheduleDetail>(`/workforce/schedules/${id}`),
  coverage: (id: string) => api.get<CoverageLine[]>(`/workforce/schedules/${id}/coverage`),
  generate: (form: GenerateForm) => api.post<ScheduleSummary>('/workforce/schedules', toScheduleRequest(form)),
  coverageFromForecast: (form: GenerateForm) =>
    api.post<ForecastCoverage[]>('/workforce/schedules/coverage-from-forecast', toScheduleRequest(form)),
  publish: (id: string) => api.post<ScheduleSummary>(`/workforce/schedules/${id}/publish`),
  mine: (from: string, days: number) => api.get<ScheduledShift[]>(`/workforce/my-schedule${query({ from, days })}`),
  timeOff: () => api.get<TimeOffRequest[]>('/workforce/time-off'),
  requestTimeOff: (firstDay: string, lastDay: string, reason: string) =>
    api.post<TimeOffRequest>('/workforce/time-off', { firstDay, lastDay, reason }),
  team: (from: string, days: number) => api.get<TeamShift[]>(`/workforce/team-schedule${query({ from, days })}`),
  editShift: (id: string, userId: string, day: string, form: ShiftEditForm) =>
    api.put<ScheduleDetail>(`/workforce/schedules/${id}/shifts/${userId}/${day}`, toShiftEdit(form)),
  swaps: () => api.get<ShiftSwap[]>('/workforce/shift-swaps'),
  requestSwap: (offered: TeamShift, partnerId: string, partnerDay: string) =>
    api.post<ShiftSwap>('/workforce/shift-swaps', { scheduleId: offered.scheduleId, day: offered.day, partnerId, partnerDay }),
  swapStep: (id: string, step: 'accept' | 'decline' | 'approve') => api.post<ShiftSwap>(`/workforce/shift-swaps/${id}/${step}`),
  decide: (id: string, approve: boolean) => api.post<TimeOffRequest>(`/workforce/time-off/${id}/${approve ? 'approve' : 'decline'}`),
};
