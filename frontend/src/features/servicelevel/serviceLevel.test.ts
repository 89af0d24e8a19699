import { describe, expect, it } from 'vitest';
import { formatSeconds, period, type ReportForm, responseTimeQuery, serviceLevelQuery } from './api';

const form: ReportForm = {
  fromDay: '2026-11-02', toDay: '2026-11-03', interval: '30m', groupBy: 'queue', abandons: 'AGAINST',
  thresholdSeconds: 20, shortAbandonSeconds: 5,
};

describe('service-level report parameters', () => {
  it('sends the last day included: to is the midnight after it', () => {
    const { from, to } = period(form);
    expect(new Date(to).getTime() - new Date(from).getTime()).toBeGreaterThanOrEqual(47 * 3600_000);
    expect(new Date(from).getHours()).toBe(0);
    expect(new Date(to).getDate()).toBe(4);
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
