import { describe, expect, it } from 'vitest';
import {
  durationSeconds, movedPositions, newPolicyDraft, parseList, policyBody, policyDraft, type SlaPolicy, targetDraft, targetIso, validatePolicy,
} from './slaPolicies';

describe('durationSeconds', () => {
  it('reads the ISO-8601 durations the API writes and accepts', () => {
    expect(durationSeconds('PT10S')).toBe(10);
    expect(durationSeconds('PT1H')).toBe(3600);
    expect(durationSeconds('PT1H30M')).toBe(5400);
    expect(durationSeconds('PT96H')).toBe(4 * 86400);
    expect(durationSeconds('P4D')).toBe(4 * 86400);
    expect(durationSeconds('P1DT2H')).toBe(93600);
  });

  it('refuses what is not a duration', () => {
    expect(durationSeconds('P')).toBeNull();
    expect(durationSeconds('PT')).toBeNull();
    expect(durationSeconds('P1DT')).toBeNull();
    expect(durationSeconds('1h')).toBeNull();
    expect(durationSeconds('PT1.5H')).toBeNull();
  });
});

describe('targetDraft', () => {
  it('shows a target in the largest unit that divides it exactly', () => {
    expect(targetDraft('PT96H')).toEqual({ amount: '4', unit: 'DAYS' });
    expect(targetDraft('PT24H')).toEqual({ amount: '1', unit: 'DAYS' });
    expect(targetDraft('PT1H')).toEqual({ amount: '1', unit: 'HOURS' });
    expect(targetDraft('PT90M')).toEqual({ amount: '90', unit: 'MINUTES' });
    expect(targetDraft('PT20S')).toEqual({ amount: '20', unit: 'SECONDS' });
    expect(targetDraft('PT36H')).toEqual({ amount: '36', unit: 'HOURS' });
  });
});

describe('targetIso', () => {
  it('writes whole days as days and anything else as seconds', () => {
    expect(targetIso({ amount: '4', unit: 'DAYS' })).toBe('P4D');
    expect(targetIso({ amount: '48', unit: 'HOURS' })).toBe('P2D');
    expect(targetIso({ amount: '90', unit: 'MINUTES' })).toBe('PT5400S');
    expect(targetIso({ amount: ' 10 ', unit: 'SECONDS' })).toBe('PT10S');
  });

  it('refuses empty, zero, negative and fractional amounts', () => {
    for (const amount of ['', '0', '-1', '1.5', 'abc']) {
      expect(targetIso({ amount, unit: 'HOURS' })).toBeNull();
    }
  });

  it('round-trips with targetDraft', () => {
    for (const iso of ['PT10S', 'PT20S', 'PT1H', 'PT96H', 'PT45M']) {
      expect(durationSeconds(targetIso(targetDraft(iso))!)).toBe(durationSeconds(iso));
    }
  });
});

describe('validatePolicy', () => {
  it('asks for a name and at least one measured target with a valid amount', () => {
    const draft = { ...newPolicyDraft(), targets: {} };
    expect(validatePolicy(draft)).toEqual({ name: 'validation.required', targets: 'slaPolicies:validation.noTarget' });

    const bad = { ...newPolicyDraft(), name: 'VIP', targets: { RESOLUTION: { amount: '0', unit: 'DAYS' as const } } };
    expect(validatePolicy(bad)).toEqual({ 'targets.RESOLUTION': 'slaPolicies:validation.amount' });
  });

  it('leaves the 365-day limit to the server, which names the field', () => {
    const long = { ...newPolicyDraft(), name: 'Slow', targets: { RESOLUTION: { amount: '400', unit: 'DAYS' as const } } };
    expect(validatePolicy(long)).toEqual({});
  });
});

describe('policyBody', () => {
  it('sends a stored policy back unchanged when nothing was edited', () => {
    const stored: SlaPolicy = {
      id: 'p1', name: 'VIP email', position: 2, builtIn: false,
      conditions: { channels: ['email'], inboxIds: [], priorities: ['HIGH', 'URGENT'], tags: ['vip'], tiers: ['gold'] },
      targets: { FIRST_RESPONSE: 'PT30M', RESOLUTION: 'PT48H' },
      businessTime: false,
      pauses: { PENDING: ['RESOLUTION'] },
    };
    expect(policyBody(policyDraft(stored))).toEqual({
      name: 'VIP email',
      conditions: stored.conditions,
      targets: { FIRST_RESPONSE: 'PT1800S', RESOLUTION: 'P2D' },
      businessTime: false,
      pauses: { PENDING: ['RESOLUTION'], SNOOZED: [] },
    });
  });
});

describe('parseList', () => {
  it('splits on commas, trims and drops blanks and duplicates', () => {
    expect(parseList(' vip, gold ,,vip ')).toEqual(['vip', 'gold']);
    expect(parseList('')).toEqual([]);
  });
});

describe('movedPositions', () => {
  const policy = (id: string, position: number): SlaPolicy => ({
    id, name: id, position, builtIn: false, conditions: newPolicyDraft().conditions, targets: { RESOLUTION: 'P4D' },
    businessTime: true, pauses: {},
  });

  it('swaps neighbours and changes only what moved', () => {
    const moves = movedPositions([policy('a', 0), policy('b', 1), policy('c', 2)], 2, -1);
    expect(moves.map(({ policy: p, position }) => [p.id, position])).toEqual([['c', 1], ['b', 2]]);
  });

  it('renumbers equal and sparse positions so the new order holds', () => {
    const moves = movedPositions([policy('a', 0), policy('b', 5), policy('c', 5)], 0, 1);
    expect(moves.map(({ policy: p, position }) => [p.id, position])).toEqual([['b', 0], ['a', 1], ['c', 2]]);
  });

  it('does nothing past either end', () => {
    expect(movedPositions([policy('a', 0), policy('b', 1)], 0, -1)).toEqual([]);
    expect(movedPositions([policy('a', 0), policy('b', 1)], 1, 1)).toEqual([]);
  });
});
