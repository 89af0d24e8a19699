import { describe, expect, it } from 'vitest';
import { EXAMPLE_FORM, forecastQuery, toStaffingRequest } from './api';

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

  it('asks for staffing only with both handle time and target', () => {
    expect(forecastQuery(form)).toBe('queueId=q1&intervalMinutes=30&historyWeeks=8&horizonWeeks=1&answerWithinSeconds=20');
    expect(forecastQuery({ ...form, averageHandleSeconds: '300' })).toContain('averageHandleSeconds=300&targetServiceLevel=0.8');
  });
});
