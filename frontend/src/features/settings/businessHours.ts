import { api, http, query } from '../../lib/http';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Day = (typeof DAYS)[number];
export interface Range { from: string; to: string }
export type Week = Record<Day, Range[]>;
export interface Holiday { id: string; name: string; firstDay: string; lastDay: string; yearly: boolean }
export interface BusinessCalendar {
  source: 'DEFAULT' | 'WORKSPACE' | 'TEAM';
  teamId: string | null;
  timezone: string;
  alwaysOpen: boolean;
  week: Week;
  holidays: Holiday[];
  openNow: boolean;
  nextOpening: string | null;
}
export interface ImportLine { holiday: Omit<Holiday, 'id'>; duplicate: boolean }
export interface ImportResult {
  holidays: ImportLine[];
  skipped: { summary: string; reason: 'NO_SUMMARY' | 'CANCELLED' | 'NOT_ALL_DAY' | 'EXTRA_DATES' | 'UNSUPPORTED_RULE' | 'NO_DAYS' | 'TOO_LONG' }[];
  imported: number;
}
export type HolidayDraft = Omit<Holiday, 'id'>;

/** The workspace's calendar, or a team's ({@code teamId}). */
const base = (teamId: string | null) => (teamId ? `/teams/${teamId}/business-hours` : '/business-hours');

export const businessHoursApi = {
  calendar: (teamId: string | null) => api.get<BusinessCalendar>(base(teamId)),
  save: (teamId: string | null, body: { timezone: string; week: Week; alwaysOpen: boolean }) =>
    api.put<BusinessCalendar>(base(teamId), body),
  useWorkspaceHours: (teamId: string) => api.delete(base(teamId)),
  addHoliday: (teamId: string | null, holiday: HolidayDraft) => api.post<Holiday>(`${base(teamId)}/holidays`, holiday),
  deleteHoliday: (teamId: string | null, id: string) => api.delete(`${base(teamId)}/holidays/${id}`),
  importHolidays: (teamId: string | null, ics: string, preview: boolean) =>
    http<ImportResult>('POST', `/api/v1${base(teamId)}/holidays/import${query({ preview })}`, ics, 'text/calendar'),
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of "HH:mm"; "24:00" only as an end. Null when not a time. */
export function minutes(time: string, isEnd: boolean): number | null {
  const value = time.trim();
  if (isEnd && value === '24:00') return 24 * 60;
  if (!TIME.test(value)) return null;
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3));
}

/** A message key per day whose ranges are not valid times, end before they start, or overlap. */
export function validateWeek(week: Week): Partial<Record<Day, string>> {
  const errors: Partial<Record<Day, string>> = {};
  for (const day of DAYS) {
    const ranges = week[day].map((r) => ({ from: minutes(r.from, false), to: minutes(r.to, true) }));
    if (ranges.some((r) => r.from === null || r.to === null)) {
      errors[day] = 'validation.time';
    } else if (ranges.some((r) => r.to! <= r.from!)) {
      errors[day] = 'validation.order';
    } else {
      const sorted = [...ranges].sort((a, b) => a.from! - b.from!);
      if (sorted.some((r, i) => i > 0 && r.from! < sorted[i - 1].to!)) errors[day] = 'validation.overlap';
    }
  }
  return errors;
}

/** A new range for a day: after its last one (an hour long, within the day), else 09:00-18:00. */
export function nextRange(ranges: Range[]): Range {
  const last = ranges.at(-1);
  const end = last ? minutes(last.to, true) : null;
  if (end === null || end >= 23 * 60) return { from: '09:00', to: '18:00' };
  const pad = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { from: pad(end), to: pad(Math.min(end + 60, 24 * 60)) };
}

export function emptyWeek(): Week {
  return Object.fromEntries(DAYS.map((d) => [d, []])) as unknown as Week;
}
