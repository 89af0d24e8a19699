import { describe, expect, it } from 'vitest';
import {
  activeFilterCount, filtersFromSearch, filtersKey, filtersToParams, filtersToSearch, impliedFilters, isBuiltInView,
  toViewFilters, viewFilters,
} from './filters';

describe('filters ↔ URL search parameters', () => {
  it('reads the API parameter names into filter fields', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=PENDING&channel=EMAIL&inbox=i1&team=t1&assignee=me&priority=HIGH&tag=vip&tier=gold&language=ko&q=refund&sort=waiting'));
    expect(filters).toEqual({
      status: 'PENDING', channel: 'EMAIL', inboxId: 'i1', teamId: 't1', assignee: 'me', priority: 'HIGH', tag: 'vip',
      tier: 'gold', language: 'ko', q: 'refund', sort: 'waiting',
    });
  });

  it('round-trips through the URL', () => {
    const filters = { channel: 'SMS', teamId: 't', q: 'late parcel', sort: 'priority' as const };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });

  it('leaves out empty values, unknown parameters and unknown sorts', () => {
    expect(filtersFromSearch(new URLSearchParams('q=%20%20&channel=&foo=bar&sort=bogus'))).toEqual({});
    expect(filtersToSearch({ q: ' ' }).toString()).toBe('');
  });

  it('reads the service-level filters and the due sort under the API names', () => {
    const filters = filtersFromSearch(new URLSearchParams('sla=at-risk&dueWithin=PT1H&sort=due'));
    expect(filters).toEqual({ sla: 'at-risk', dueWithin: 'PT1H', sort: 'due' });
    expect(filtersToParams(filters)).toMatchObject({ sla: 'at-risk', dueWithin: 'PT1H', sort: 'due' });
  });

  it('keeps an explicit sort (a saved view may have another default)', () => {
    expect(filtersFromSearch(new URLSearchParams('sort=activity'))).toEqual({ sort: 'activity' });
    expect(filtersToParams({ sort: 'activity' }).sort).toBe('activity');
    expect(filtersToParams({}).sort).toBeUndefined();
  });

  it('gives the same cache key for the same filters in any order', () => {
    expect(filtersKey({ channel: 'SMS', status: 'OPEN' })).toBe(filtersKey({ status: 'OPEN', channel: 'SMS' }));
    expect(filtersKey({ channel: 'SMS' })).not.toBe(filtersKey({ channel: 'EMAIL' }));
  });

  it('maps to the API query with trimmed values', () => {
    expect(filtersToParams({ inboxId: 'i', q: '  hi ', sort: 'waiting' })).toMatchObject({ inbox: 'i', q: 'hi', sort: 'waiting', channel: undefined });
  });

  it('counts the active filters', () => {
    expect(activeFilterCount({ channel: 'SMS', q: 'x', sort: 'waiting' })).toBe(2);
    expect(activeFilterCount({ channel: 'SMS', q: 'x' }, ['channel', 'status'])).toBe(1);
  });
});

describe('saved view filters', () => {
  it('stores every field, null when unset', () => {
    const stored = toViewFilters({ channel: 'EMAIL', q: ' ' });
    expect(stored.channel).toBe('EMAIL');
    expect(stored.q).toBeNull();
    expect(Object.keys(stored)).toHaveLength(12);
  });

  it('reads a view back, dropping nulls', () => {
    expect(viewFilters({ channel: 'EMAIL', status: null }, 'priority')).toEqual({ channel: 'EMAIL', sort: 'priority' });
    expect(viewFilters(null, 'activity')).toEqual({});
  });

  it('keeps the meaning of mine and unassigned when saving from them', () => {
    expect(impliedFilters('mine')).toEqual({ assignee: 'me' });
    expect(impliedFilters('unassigned')).toEqual({ assignee: 'none' });
    expect(impliedFilters('mentions')).toEqual({});
  });

  it('tells built-in views from saved view ids', () => {
    expect(isBuiltInView('all')).toBe(true);
    expect(isBuiltInView('5b1f3c1e-0000-4000-8000-000000000000')).toBe(false);
  });
});
