import { describe, expect, it } from 'vitest';
import { addDays, agentRows, coverageSeries, nextMonday, toScheduleRequest, type ScheduledShift } from './api';

describe('schedule helpers', () => {
  it('asks for one requirement per open day, weekends left out unless asked', () => {
    const form = {
      firstDay: '2027-01-04', days: '7', earliestStart: '08:00', latestStart: '10:00', shiftHours: '8.5', openFrom: '09:00',
      openTo: '17:00', agentsNeeded: '2', weekends: false, timeLimitSeconds: '10',
    };
    const request = toScheduleRequest(form);
    expect(request.shiftTemplates[0].lengthMinutes).toBe(510);
    expect(request.requirements.map((r) => r.day)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    expect(toScheduleRequest({ ...form, weekends: true }).requirements).toHaveLength(7);
  });

  it('finds the next Monday and adds days across months', () => {
    expect(nextMonday('2026-12-03')).toBe('2026-12-07');
    expect(nextMonday('2026-12-07')).toBe('2026-12-07');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('groups shifts by agent and sums coverage over skills', () => {
    const shift = (userId: string, agentName: string, day: string): ScheduledShift => ({
      userId, agentName, day, start: `${day}T09:00:00`, end: `${day}T17:30:00`, template: 'Day', activities: [], edited: false,
    });
    const rows = agentRows([shift('b', 'Bo', '2027-01-04'), shift('a', 'Ada', '2027-01-04'), shift('a', 'Ada', '2027-01-05')]);
    expect(rows.map((row) => row.agentName)).toEqual(['Ada', 'Bo']);
    expect(Object.keys(rows[0].shifts)).toEqual(['2027-01-04', '2027-01-05']);
    expect(coverageSeries([
      { skill: 'voice', start: '2027-01-04T09:15:00', required: 2, scheduled: 1 },
      { skill: '*', start: '2027-01-04T09:00:00', required: 1, scheduled: 1 },
      { skill: '*', start: '2027-01-04T09:15:00', required: 1, scheduled: 2 },
    ])).toEqual([
      { start: '2027-01-04T09:00:00', required: 1, scheduled: 1 },
      { start: '2027-01-04T09:15:00', required: 3, scheduled: 3 },
    ]);
  });
});
