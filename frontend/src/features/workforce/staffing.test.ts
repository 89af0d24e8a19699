import { describe, expect, it } from 'vitest';
import { EXAMPLE_FORM, type ForecastReport, forecastQuery, hoursMinutes, percent, simulationScenario, toStaffingRequest } from './api';

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

describe('simulationScenario', () => {
  const point = (start: string, forecast: number, agents: number | null) =>
    ({ start, actual: null, forecast, agents, adjustment: null, handleSeconds: 300, holiday: null });
  const report: ForecastReport = {
    queueId: 'q1', channel: null, zone: 'UTC', intervalMinutes: 720, method: 'SAME_INTERVAL_AVERAGE', backtest: [],
    averageHandleSeconds: 300, handleTimeSource: 'GIVEN', timedContacts: 0, patienceSeconds: 90, patienceSource: 'HISTORY', lastWeek: [],
    coming: [point('2026-11-30T00:00:00Z', 0, 0), point('2026-11-30T12:00:00Z', 40, 3),
      point('2026-12-01T00:00:00Z', 2, 1), point('2026-12-01T12:00:00Z', 50, null)],
  };

  it('replays a staffed day with its arrivals, handle time, patience and planned agents', () => {
    expect(simulationScenario(report, 0, 20)).toEqual({
      intervalMinutes: 720, thresholdSeconds: 20, seed: 1,
      queues: [{ name: 'Forecast', channel: 'voice', skill: null, minProficiency: 1, agentSelection: 'LONGEST_IDLE', expansion: null,
        arrivals: [0, 40], meanHandleSeconds: 300, meanPatienceSeconds: 90 }],
      agentGroups: [{ name: 'Planned agents', skills: {}, capacity: null, staffed: [0, 3] }],
    });
  });

  it('has nothing to replay on a day without staffing', () => {
    expect(simulationScenario(report, 1, 20)).toBeNull();
    expect(simulationScenario(report, 2, 20)).toBeNull();
  });
});

describe('percent', () => {
  it('rounds a fraction to a whole percentage and shows a dash for nothing measured', () => {
    expect(percent(0.8749)).toBe('87%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('–');
  });
});
