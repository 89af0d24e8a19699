import { api } from '../../lib/http';

/** `POST /workforce/staffing`: rates are fractions, times seconds; either `agents` or a target. */
export interface StaffingRequest {
  contacts: number;
  intervalSeconds: number;
  averageHandleSeconds: number;
  answerWithinSeconds: number;
  agents?: number;
  targetServiceLevel?: number;
  maxAverageSpeedOfAnswer?: number;
  maxOccupancy?: number;
  patienceSeconds?: number;
  concurrency?: number;
  shrinkage?: number;
}

export interface StaffingResult {
  agents: number;
  agentsOnLine: number;
  serviceLevel: number;
  probabilityOfWaiting: number;
  averageSpeedOfAnswer: number | null;
  occupancy: number;
  abandonment?: number;
}

export type StaffingMode = 'target' | 'evaluate';

/** The calculator's inputs as typed: percentages as the planner writes them, optional fields empty strings. */
export interface StaffingForm {
  mode: StaffingMode;
  contacts: string;
  intervalMinutes: string;
  averageHandleSeconds: string;
  answerWithinSeconds: string;
  agents: string;
  targetServiceLevelPercent: string;
  maxAverageSpeedOfAnswer: string;
  maxOccupancyPercent: string;
  patienceSeconds: string;
  concurrency: string;
  shrinkagePercent: string;
}

export const INTERVAL_MINUTES = ['15', '30', '60'] as const;

/** The guide's worked example (60 contacts per 15 minutes, 240 s, 80% within 20 s) as a starting point. */
export const EXAMPLE_FORM: StaffingForm = {
  mode: 'target', contacts: '60', intervalMinutes: '15', averageHandleSeconds: '240', answerWithinSeconds: '20', agents: '20',
  targetServiceLevelPercent: '80', maxAverageSpeedOfAnswer: '', maxOccupancyPercent: '', patienceSeconds: '', concurrency: '',
  shrinkagePercent: '',
};

function optional(value: string, scale = 1): number | undefined {
  return value.trim() === '' ? undefined : Number(value) / scale;
}

/** The request the form asks: only the chosen mode's fields, percentages as fractions, empty optionals left out. */
export function toStaffingRequest(form: StaffingForm): StaffingRequest {
  const request: StaffingRequest = {
    contacts: Number(form.contacts),
    intervalSeconds: Number(form.intervalMinutes) * 60,
    averageHandleSeconds: Number(form.averageHandleSeconds),
    answerWithinSeconds: Number(form.answerWithinSeconds),
    patienceSeconds: optional(form.patienceSeconds),
    concurrency: optional(form.concurrency),
    shrinkage: optional(form.shrinkagePercent, 100),
  };
  if (form.mode === 'evaluate') {
    request.agents = Number(form.agents);
  } else {
    request.targetServiceLevel = optional(form.targetServiceLevelPercent, 100);
    request.maxAverageSpeedOfAnswer = optional(form.maxAverageSpeedOfAnswer);
    request.maxOccupancy = optional(form.maxOccupancyPercent, 100);
  }
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as StaffingRequest;
}

/** Which form input a server field error belongs to. */
export const FORM_FIELD: Record<string, keyof StaffingForm> = {
  contacts: 'contacts', intervalSeconds: 'intervalMinutes', averageHandleSeconds: 'averageHandleSeconds',
  answerWithinSeconds: 'answerWithinSeconds', agents: 'agents', targetServiceLevel: 'targetServiceLevelPercent',
  maxAverageSpeedOfAnswer: 'maxAverageSpeedOfAnswer', maxOccupancy: 'maxOccupancyPercent', patienceSeconds: 'patienceSeconds',
  concurrency: 'concurrency', shrinkage: 'shrinkagePercent',
};

export const calculateStaffing = (request: StaffingRequest) => api.post<StaffingResult>('/workforce/staffing', request);

export interface ForecastPoint {
  start: string;
  actual: number | null;
  forecast: number;
  agents: number | null;
  adjustment: number | null;
  /** The handle time forecast for the interval (seconds); null before history or a given handle time. */
  handleSeconds: number | null;
  /** The business calendar's holiday that closed the day (adjustment 0), unless a planner adjusted it. */
  holiday: string | null;
}

export interface ForecastScore {
  method: string;
  wape: number | null;
  mape: number | null;
}

/** `GET /workforce/forecast`: the picked method, every method's backtest, last week against its forecast, the weeks ahead. */
export interface ForecastReport {
  queueId: string;
  channel: string | null;
  zone: string;
  intervalMinutes: number;
  method: string;
  backtest: ForecastScore[];
  averageHandleSeconds: number | null;
  handleTimeSource: 'GIVEN' | 'HISTORY' | 'NONE';
  timedContacts: number;
  patienceSeconds: number | null;
  patienceSource: 'GIVEN' | 'HISTORY' | 'NONE';
  lastWeek: ForecastPoint[];
  coming: ForecastPoint[];
}

export interface ForecastForm {
  queueId: string;
  intervalMinutes: string;
  historyWeeks: string;
  averageHandleSeconds: string;
  targetServiceLevelPercent: string;
  answerWithinSeconds: string;
  /** Optional: one channel only (chat, email...), a concurrency factor, an occupancy cap in percent. */
  channel?: string;
  concurrency?: string;
  maxOccupancyPercent?: string;
}

/**
 * The query string the forecast form asks: staffing when a target is given, with the given handle time or (left
 * empty) the one forecast from the queue's history; optional channel, concurrency and occupancy cap.
 */
export function forecastQuery(form: ForecastForm, horizonWeeks = 1): string {
  const params = new URLSearchParams({ queueId: form.queueId, intervalMinutes: form.intervalMinutes, historyWeeks: form.historyWeeks,
    horizonWeeks: String(horizonWeeks), answerWithinSeconds: form.answerWithinSeconds });
  if (form.targetServiceLevelPercent.trim() !== '') {
    params.set('targetServiceLevel', String(Number(form.targetServiceLevelPercent) / 100));
    if (form.averageHandleSeconds.trim() !== '') params.set('averageHandleSeconds', form.averageHandleSeconds);
  }
  if (form.channel?.trim()) params.set('channel', form.channel.trim());
  if (form.concurrency?.trim()) params.set('concurrency', form.concurrency.trim());
  if (form.maxOccupancyPercent?.trim()) params.set('maxOccupancy', String(Number(form.maxOccupancyPercent) / 100));
  return params.toString();
}

export const fetchForecast = (form: ForecastForm) => api.get<ForecastReport>(`/workforce/forecast?${forecastQuery(form)}`);

/** A planner's factor for one local day of a queue's forecast. */
export interface ForecastAdjustment {
  queueId: string;
  day: string;
  factor: number;
  note: string | null;
}

const adjustmentsPath = (queueId: string) => `/workforce/queues/${encodeURIComponent(queueId)}/forecast-adjustments`;
export const forecastAdjustments = (queueId: string) => api.get<ForecastAdjustment[]>(adjustmentsPath(queueId));
export const saveForecastAdjustment = (queueId: string, day: string, factor: number, note: string) =>
  api.put<ForecastAdjustment>(`${adjustmentsPath(queueId)}/${day}`, { factor, note });
export const deleteForecastAdjustment = (queueId: string, day: string) => api.delete(`${adjustmentsPath(queueId)}/${day}`);

/** The days a forecast was adjusted on, once each, with their factor, in order. */
export function adjustedDays(points: ForecastPoint[]): { start: string; factor: number }[] {
  const seen = new Map<number, { start: string; factor: number }>();
  points.forEach((point, i) => {
    if (point.adjustment === null) return;
    const day = Math.floor(i / Math.max(1, Math.round(points.length / 7)));
    if (!seen.has(day)) seen.set(day, { start: point.start, factor: point.adjustment });
  });
  return [...seen.values()];
}

/** `GET /workforce/intraday`: today re-forecast from the actuals so far, and actions for the busiest interval left. */
export interface IntradayInterval {
  start: string;
  forecast: number;
  actual: number | null;
  reforecast: number | null;
  agentsNeeded: number | null;
  handleSeconds: number | null;
  /** Agents with the queue's skill the published schedule puts on the phones. */
  scheduled: number;
  /** The interval under way only: agents on line now. */
  loggedIn: number | null;
  /** From the interval under way on: the staff's service level against the re-forecast. */
  projection: IntradayProjection | null;
}

export interface IntradayProjection {
  agents: number;
  serviceLevel: number;
  averageSpeedOfAnswer: number | null;
  abandonment: number | null;
}

export interface IntradayAgent { userId: string; name: string }

export type IntradayAction = 'MOVE_FROM_EMAIL' | 'CANCEL_TRAINING' | 'OFFER_OVERTIME';

export interface IntradayView {
  queueId: string;
  channel: string | null;
  day: string;
  zone: string;
  intervalMinutes: number;
  targetServiceLevel: number;
  answerWithinSeconds: number;
  ratio: number;
  intervalsOver: number;
  intervals: IntradayInterval[];
  staff: {
    onLine: number; onEmailOnly: number; inTrainingOrMeeting: number; emailAgents: IntradayAgent[]; trainingAgents: IntradayAgent[];
  };
  peak: {
    start: string;
    contacts: number;
    agentsNeeded: number;
    now: IntradayProjection;
    suggestions: {
      action: IntradayAction; addedAgents: number; agents: IntradayAgent[]; projection: IntradayProjection; meetsTarget: boolean;
      /** A move from email: the email work's service level in the same interval before and after. */
      email: { contacts: number; before: IntradayProjection; after: IntradayProjection } | null;
    }[];
  } | null;
}

export const fetchIntraday = (form: ForecastForm) => {
  const params = new URLSearchParams(forecastQuery(form));
  params.delete('horizonWeeks');
  return api.get<IntradayView>(`/workforce/intraday?${params.toString()}`);
};

/** `GET /workforce/work-report`: one local day per agent; seconds per presence state. */
export interface WorkReportRow {
  userId: string;
  displayName: string;
  secondsInState: Partial<Record<PresenceState, number>>;
  loggedInSeconds: number;
  contactsHandled: number;
  averageHandleSeconds: number | null;
}

export const PRESENCE_STATES = ['AVAILABLE', 'BUSY', 'AFTER_CALL_WORK', 'AWAY', 'ON_BREAK', 'TRAINING', 'MEETING'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number] | 'OFFLINE';

export interface WorkReport {
  day: string;
  zone: string;
  agents: WorkReportRow[];
}

export const workReportPath = (day: string, csv = false) => `/api/v1/workforce/work-report${csv ? '.csv' : ''}?day=${encodeURIComponent(day)}`;
export const fetchWorkReport = (day: string) => api.get<WorkReport>(`/workforce/work-report?day=${encodeURIComponent(day)}`);

export interface AdherenceException {
  from: string;
  to: string;
  /** WORK, BREAK, LUNCH or MEETING. */
  scheduled: string;
  actual: PresenceState;
}

export interface AgentAdherence {
  userId: string;
  displayName: string;
  teamIds: string[];
  shiftStart: string;
  shiftEnd: string;
  scheduledSeconds: number;
  adherentSeconds: number;
  adherence: number | null;
  scheduledWorkSeconds: number;
  loggedInSeconds: number;
  conformance: number | null;
  exceptions: AdherenceException[];
}

/** Published shifts of one day against what agents did (up to now for today); rates are fractions. */
export interface AdherenceReport {
  day: string;
  zone: string;
  countedUntil: string;
  agents: AgentAdherence[];
  teams: { teamId: string; agents: number; adherence: number | null; conformance: number | null }[];
  total: { agents: number; adherence: number | null; conformance: number | null };
}

export const fetchAdherence = (day: string) => api.get<AdherenceReport>(`/workforce/adherence?day=${encodeURIComponent(day)}`);

/** A fraction as a whole percentage, or a dash when there is nothing to measure yet. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** Seconds as h:mm (a work day's states are read in hours and minutes). */
export function hoursMinutes(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The routing simulator's day (`POST /routing/simulations`), as much of it as a staffing plan fills in. */
export interface SimulationScenario {
  intervalMinutes: number;
  thresholdSeconds: number;
  seed: number;
  queues: {
    name: string; channel: string; skill: null; minProficiency: number; agentSelection: 'LONGEST_IDLE'; expansion: null;
    arrivals: number[]; meanHandleSeconds: number; meanPatienceSeconds: number | null;
  }[];
  agentGroups: { name: string; skills: Record<string, number>; capacity: null; staffed: number[] }[];
}

export interface SimulatedInterval {
  index: number;
  offered: number;
  serviceLevel: number;
  averageSpeedOfAnswerSeconds: number;
  abandonmentRate: number;
  occupancy: number;
}

export interface SimulationResult {
  thresholdSeconds: number;
  intervals: SimulatedInterval[];
  day: SimulatedInterval;
}

/**
 * One day of a staffed forecast as a simulator scenario: the forecast contacts as Poisson arrivals per interval, the
 * forecast's mean handle time and patience (none: nobody abandons), and one group of as many interchangeable agents
 * as the plan schedules in each interval, on the forecast's channel (voice, one contact at a time, when the forecast
 * covers all channels). Null when the day is not staffed.
 */
export function simulationScenario(report: ForecastReport, day: number, thresholdSeconds: number): SimulationScenario | null {
  const perDay = (24 * 60) / report.intervalMinutes;
  const points = report.coming.slice(day * perDay, (day + 1) * perDay);
  if (points.length !== perDay || report.averageHandleSeconds === null || points.some((point) => point.agents === null)) return null;
  return {
    intervalMinutes: report.intervalMinutes,
    thresholdSeconds,
    seed: 1,
    queues: [{
      name: 'Forecast', channel: report.channel ?? 'voice', skill: null, minProficiency: 1, agentSelection: 'LONGEST_IDLE', expansion: null,
      arrivals: points.map((point) => point.forecast), meanHandleSeconds: report.averageHandleSeconds,
      meanPatienceSeconds: report.patienceSeconds,
    }],
    agentGroups: [{ name: 'Planned agents', skills: {}, capacity: null, staffed: points.map((point) => point.agents ?? 0) }],
  };
}

export const simulate = (scenario: SimulationScenario) => api.post<SimulationResult>('/routing/simulations', scenario);
