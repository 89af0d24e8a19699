import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../lib/http';
import {
  addDays, agentRows, coverageByDay, coverageSeries, type GenerateForm, nextMonday, problemMessage, shiftEditForm, swapPartners, toScheduleRequest, toShiftEdit,
  type ScheduledShift, type TeamShift,
} from './api';

const form: GenerateForm = {
  firstDay: '2027-01-04', days: '7', earliestStart: '08:00', latestStart: '10:00', shiftHours: '8.5', breakRuleSetId: '', coverage: 'fixed', queueId: 'q1',
  target: 'serviceLevel', targetPercent: '80', answerWithinSeconds: '20', maxAverageSpeedOfAnswer: '30', averageHandleSeconds: '', shrinkagePercent: '', concurrency: '', openFrom: '09:00',
  openTo: '17:00', agentsNeeded: '2', weekends: false, timeLimitSeconds: '10',
};

describe('schedule helpers', () => {
  it('asks for one requirement per open day, weekends left out unless asked', () => {
    const request = toScheduleRequest(form);
    expect(request.shiftTemplates[0].lengthMinutes).toBe(510);
    expect(request.requirements.map((r) => r.day)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    expect(toScheduleRequest({ ...form, weekends: true }).requirements).toHaveLength(7);
    expect(request).not.toHaveProperty('coverageFromForecast');
    expect(request.shiftTemplates[0]).not.toHaveProperty('breakRuleSetId');
    expect(toScheduleRequest({ ...form, breakRuleSetId: 'b1' }).shiftTemplates[0].breakRuleSetId).toBe('b1');
  });

  it('asks for the coverage from the forecast with the target as a fraction and blank fields left to the server', () => {
    const request = toScheduleRequest({ ...form, coverage: 'forecast', shrinkagePercent: '10' });
    expect(request.requirements).toEqual([]);
    expect(request.coverageFromForecast).toEqual([{
      queueId: 'q1', targetServiceLevel: 0.8, answerWithinSeconds: 20, averageHandleSeconds: undefined, shrinkage: 0.1, concurrency: undefined,
    }]);
  });

  it('asks for a maximum average speed of answer instead of a service level when that target is chosen', () => {
    const request = toScheduleRequest({ ...form, coverage: 'forecast', target: 'speedOfAnswer', maxAverageSpeedOfAnswer: '25' });
    expect(request.coverageFromForecast).toEqual([{
      queueId: 'q1', maxAverageSpeedOfAnswer: 25, averageHandleSeconds: undefined, shrinkage: undefined, concurrency: undefined,
    }]);
  });

  it('sums a forecast coverage per day: the peak and the agent-hours', () => {
    const at = (day: string, from: string, agents: number) => ({ skill: '*', day, from, to: from, agents });
    expect(coverageByDay([at('2027-01-05', '09:00', 2), at('2027-01-04', '09:00', 3), at('2027-01-04', '09:15', 5)]))
      .toEqual([{ day: '2027-01-04', peak: 5, agentHours: 2 }, { day: '2027-01-05', peak: 2, agentHours: 0.5 }]);
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

  it('offers a swap to colleagues with a shift in the same schedule, by name', () => {
    const shift = (userId: string, agentName: string, day: string, scheduleId = 's1'): TeamShift => ({
      scheduleId, userId, agentName, day, start: `${day}T09:00:00`, end: `${day}T17:30:00`, template: 'Day', activities: [], edited: false,
    });
    const mine = shift('me', 'Me', '2027-01-04');
    const team = [mine, shift('b', 'Bo', '2027-01-04'), shift('a', 'Ada', '2027-01-05'), shift('a', 'Ada', '2027-01-06'),
      shift('c', 'Cy', '2027-01-11', 's2')];
    const partners = swapPartners(team, 'me', mine);
    expect(partners.map((partner) => partner.agentName)).toEqual(['Ada', 'Bo']);
    expect(partners[0].shifts.map((s) => s.day)).toEqual(['2027-01-05', '2027-01-06']);
    expect(swapPartners(team, 'me', undefined)).toEqual([]);
  });

  it('turns the hand-edit form into the PUT body and fills it from the shift', () => {
    expect(toShiftEdit({ template: 'Day', start: '10:00', lunchStart: '', dayOff: false })).toEqual({ template: 'Day', start: '10:00' });
    expect(toShiftEdit({ template: 'Day', start: '10:00', lunchStart: '13:30', dayOff: false }))
      .toEqual({ template: 'Day', start: '10:00', lunchStart: '13:30' });
    expect(toShiftEdit({ template: 'Day', start: '10:00', lunchStart: '', dayOff: true })).toEqual({ dayOff: true });
    const shift: ScheduledShift = {
      userId: 'a', agentName: 'Ada', day: '2027-01-04', start: '2027-01-04T08:30:00', end: '2027-01-04T17:00:00', template: 'Early',
      activities: [{ kind: 'LUNCH', start: '2027-01-04T12:30:00', end: '2027-01-04T13:00:00', title: null }], edited: false,
    };
    expect(shiftEditForm(shift, ['Day'])).toEqual({ template: 'Early', start: '08:30', lunchStart: '12:30', dayOff: false });
    expect(shiftEditForm(undefined, ['Late'])).toEqual({ template: 'Late', start: '09:00', lunchStart: '', dayOff: false });
  });

  it('shows the server problem with the fields it names', () => {
    expect(problemMessage(new ProblemError(422, 'Unprocessable', 'The swap would break a hard rule.'))).toBe('The swap would break a hard rule.');
    expect(problemMessage(new ProblemError(400, 'Bad request', 'Invalid request', [{ field: 'start', message: 'start is required, on the quarter hour' }])))
      .toBe('Invalid request · start is required, on the quarter hour');
    expect(problemMessage(new Error('x'))).toBeNull();
  });
});
