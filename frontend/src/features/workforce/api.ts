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
}

export interface ForecastScore {
  method: string;
  wape: number | null;
  mape: number | null;
}

/** `GET /workforce/forecast`: the picked method, every method's backtest, last week against its forecast, the weeks ahead. */
export interface ForecastReport {
  queueId: string;
  zone: string;
  intervalMinutes: number;
  method: string;
  backtest: ForecastScore[];
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
}

/** The query string the forecast form asks; staffing only when both handle time and target are given. */
export function forecastQuery(form: ForecastForm): string {
  const params = new URLSearchParams({ queueId: form.queueId, intervalMinutes: form.intervalMinutes, historyWeeks: form.historyWeeks,
    horizonWeeks: '1', answerWithinSeconds: form.answerWithinSeconds });
  if (form.averageHandleSeconds.trim() !== '' && form.targetServiceLevelPercent.trim() !== '') {
    params.set('averageHandleSeconds', form.averageHandleSeconds);
    params.set('targetServiceLevel', String(Number(form.targetServiceLevelPercent) / 100));
  }
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
