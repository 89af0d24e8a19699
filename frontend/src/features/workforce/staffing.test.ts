import { describe, expect, it } from 'vitest';
import { EXAMPLE_FORM, forecastQuery, hoursMinutes, toStaffingRequest } from './api';

describe('toStaffingRequest', () => {
  it('asks for the fewest agents with percentages as fractions and empty optionals left out', () => {
    expect(toStaffingRequest({ ...EXAMPLE_FORM, shrinkagePercent: '30', maxOccupancyPercent: '85' })).toEqual({
      contacts: 60, intervalSeconds: 900, averageHandleSeconds: 240, answerWithinSeconds: 20,
      targetServiceLevel: 0.8, maxOccupancy: 0.85, shrinkage: 0.3,
    });
  });

  it('evaluates agents without sending the target', () => {
    expect(toStaffingRequest({ ...EXAMPLE_FORM, mode: 'evaluate', agents: '18', patienceSeconds: '120', concurrency: '2.5' })).toEqual({
      contacts: 60, intervalSeconds: 900, averageHandleSeconds: 240, answerWithinSeconds: 20,
      agents: 18, patienceSeconds: 120, concurrency: 2.5,
    });
  });
});

describe('forecastQuery', () => {
  const form = { queueId: 'q1', intervalMinutes: '30', historyWeeks: '8', averageHandleSeconds: '', targetServiceLevelPercent: '80', answerWithinSeconds: '20' };

  it('asks for staffing with a target, with the handle time of the history unless one is given', () => {
    expect(forecastQuery(form)).toBe('queueId=q1&intervalMinutes=30&historyWeeks=8&horizonWeeks=1&answerWithinSeconds=20&targetServiceLevel=0.8');
    expect(forecastQuery({ ...form, averageHandleSeconds: '300' })).toContain('targetServiceLevel=0.8&averageHandleSeconds=300');
    expect(forecastQuery({ ...form, targetServiceLevelPercent: '', averageHandleSeconds: '300' })).not.toContain('averageHandleSeconds');
  });

  it('sends a channel, a concurrency factor and an occupancy cap only when given', () => {
    expect(forecastQuery({ ...form, channel: 'chat', concurrency: '2.5', maxOccupancyPercent: '85' }))
      .toContain('channel=chat&concurrency=2.5&maxOccupancy=0.85');
    expect(forecastQuery({ ...form, channel: '', concurrency: ' ' })).not.toMatch(/channel|concurrency/);
  });
});

describe('hoursMinutes', () => {
  it('shows seconds as hours and minutes', () => {
    expect(hoursMinutes(0)).toBe('0:00');
    expect(hoursMinutes(3 * 3600 + 7 * 60 + 59)).toBe('3:07');
  });
});
