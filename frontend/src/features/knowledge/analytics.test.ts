import { describe, expect, it } from 'vitest';
import { type ArticleStats, sortStats } from './analytics';

const row = (title: string, views: number, usageRate: number | null): ArticleStats => ({
  articleId: title, title, language: 'en', status: 'PUBLISHED', views, agentViews: views, helpCenterViews: 0,
  helped: 0, notHelped: 0, agentsHelped: 0, agentsNotHelped: 0, visitorsHelped: 0, visitorsNotHelped: 0,
  shown: usageRate === null ? 0 : 10, used: usageRate === null ? 0 : usageRate * 10, usageRate,
});

describe('sortStats', () => {
  const rows = [row('Refunds', 3, 0.5), row('Invoices', 9, null), row('Passwords', 3, 0.1)];

  it('sorts by a number, ties by title', () => {
    expect(sortStats(rows, 'views', true).map((r) => r.title)).toEqual(['Invoices', 'Passwords', 'Refunds']);
    expect(sortStats(rows, 'views', false).map((r) => r.title)).toEqual(['Passwords', 'Refunds', 'Invoices']);
  });

  it('puts never-shown articles last whichever way the usage rate is sorted', () => {
    expect(sortStats(rows, 'usageRate', true).map((r) => r.title)).toEqual(['Refunds', 'Passwords', 'Invoices']);
    expect(sortStats(rows, 'usageRate', false).map((r) => r.title)).toEqual(['Passwords', 'Refunds', 'Invoices']);
  });

  it('sorts by title', () => {
    expect(sortStats(rows, 'title', false).map((r) => r.title)).toEqual(['Invoices', 'Passwords', 'Refunds']);
  });
});
