import { describe, expect, it } from 'vitest';
import { formatSeconds, period, type ReportForm, responseTimeQuery, serviceLevelQuery } from './api';

const form: ReportForm = {
  fromDay: '2026-11-02', toDay: '2026-11-03', interval: '30m', groupBy: 'queue', abandons: 'AGAINST',
  thresholdSeconds: 20, shortAbandonSeconds: 5,
};

describe('service-level report parameters', () => {
  it('sends calendar days for the server to read in the workspace zone, the last day included', () => {
    expect(period(form)).toEqual({ from: '2026-11-02', to: '2026-11-04' });
    expect(period({ fromDay: '2026-12-01', toDay: '2026-12-31' }).to).toBe('2027-01-01');
    expect(period({ fromDay: '2028-02-28', toDay: '2028-02-28' }).to).toBe('2028-02-29');
  });

  it('carries the variant, threshold and short abandons', () => {
    const params = new URLSearchParams(serviceLevelQuery(form, 'csv'));
    expect(params.get('abandons')).toBe('AGAINST');
    expect(params.get('threshold')).toBe('20');
    expect(params.get('shortAbandon')).toBe('5');
    expect(params.get('groupBy')).toBe('queue');
    expect(params.get('format')).toBe('csv');
  });

  it('asks response times by queue as one group, since clocks are not split by queue', () => {
    expect(new URLSearchParams(responseTimeQuery(form)).get('groupBy')).toBe('none');
    expect(new URLSearchParams(responseTimeQuery({ ...form, groupBy: 'agent' })).get('groupBy')).toBe('agent');
  });

  it('formats waits and overdue times', () => {
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(7380)).toBe('2:03:00');
    expect(formatSeconds(-30)).toBe('-0:30');
  });
});
