import { describe, expect, it } from 'vitest';
import { clockView, deadlineView, durationUnit, nextDeadline, type SlaClock } from './sla';

const now = Date.parse('2026-11-25T10:00:00Z');
const clock = (over: Partial<SlaClock>): SlaClock => ({
  metric: 'FIRST_RESPONSE', state: 'RUNNING', breached: false, policy: 'Default', businessTime: false,
  targetSeconds: 3600, startedAt: '2026-11-25T09:30:00Z', dueAt: '2026-11-25T10:30:00Z', elapsedSeconds: 1800,
  remainingSeconds: 1800, breachedAt: null, stoppedAt: null, ...over,
});

describe('clockView', () => {
  it('counts a running clock down to its due time on the local clock', () => {
    expect(clockView(clock({}), now)).toEqual({ status: 'onTrack', remainingSeconds: 1800 });
    expect(clockView(clock({}), now + 60_000)).toEqual({ status: 'onTrack', remainingSeconds: 1740 });
  });

  it('is due soon once 75% of the target has passed', () => {
    expect(clockView(clock({ dueAt: '2026-11-25T10:15:01Z' }), now).status).toBe('onTrack');
    expect(clockView(clock({ dueAt: '2026-11-25T10:15:00Z' }), now)).toEqual({ status: 'dueSoon', remainingSeconds: 900 });
  });

  it('is overdue after its due time, with the negative time left', () => {
    expect(clockView(clock({ dueAt: '2026-11-25T09:57:00Z' }), now)).toEqual({ status: 'overdue', remainingSeconds: -180 });
    expect(clockView(clock({ breached: true, dueAt: '2026-11-25T10:00:01Z' }), now).status).toBe('overdue');
  });

  it('keeps a paused clock at the remaining time the server gave', () => {
    expect(clockView(clock({ state: 'PAUSED', dueAt: null, remainingSeconds: 600 }), now + 3_600_000))
      .toEqual({ status: 'paused', remainingSeconds: 600 });
  });

  it('shows stopped clocks as met or missed without a countdown', () => {
    expect(clockView(clock({ state: 'ACHIEVED', dueAt: null }), now)).toEqual({ status: 'met', remainingSeconds: null });
    expect(clockView(clock({ state: 'BREACHED', dueAt: null, breached: true }), now)).toEqual({ status: 'missed', remainingSeconds: null });
  });
});

describe('durationUnit', () => {
  it('picks the largest whole unit', () => {
    expect(durationUnit(45)).toEqual({ value: 45, unit: 'second' });
    expect(durationUnit(-180)).toEqual({ value: 3, unit: 'minute' });
    expect(durationUnit(720)).toEqual({ value: 12, unit: 'minute' });
    expect(durationUnit(3 * 3600 + 59)).toEqual({ value: 3, unit: 'hour' });
    expect(durationUnit(40 * 3600)).toEqual({ value: 40, unit: 'hour' });
    expect(durationUnit(3 * 86400)).toEqual({ value: 3, unit: 'day' });
  });
});

describe('deadlineView', () => {
  const deadline = { target: 'FIRST_RESPONSE', warnAt: '2026-11-25T10:15:00Z', dueAt: '2026-11-25T10:20:00Z' };

  it('is on track before the warning time, counting down to the due time', () => {
    expect(deadlineView(deadline, Date.parse('2026-11-25T10:14:59Z'))).toEqual({ status: 'onTrack', remainingSeconds: 301 });
  });

  it('turns amber at the warning time and red after the due time', () => {
    expect(deadlineView(deadline, Date.parse('2026-11-25T10:15:00Z'))).toEqual({ status: 'dueSoon', remainingSeconds: 300 });
    expect(deadlineView(deadline, Date.parse('2026-11-25T10:20:00Z')).status).toBe('dueSoon');
    expect(deadlineView(deadline, Date.parse('2026-11-25T10:21:30Z'))).toEqual({ status: 'overdue', remainingSeconds: -90 });
  });
});

describe('nextDeadline', () => {
  it('is the running clock due first, with its warning time', () => {
    const clocks = [
      clock({ metric: 'RESOLUTION', dueAt: '2026-11-29T09:30:00Z', warnAt: '2026-11-28T09:30:00Z' }),
      clock({ metric: 'FIRST_RESPONSE', dueAt: '2026-11-25T10:30:00Z', warnAt: '2026-11-25T10:15:00Z' }),
      clock({ metric: 'NEXT_RESPONSE', state: 'PAUSED', dueAt: null }),
    ];
    expect(nextDeadline(clocks)).toEqual({ target: 'FIRST_RESPONSE', warnAt: '2026-11-25T10:15:00Z', dueAt: '2026-11-25T10:30:00Z' });
  });

  it('is null when nothing runs', () => {
    expect(nextDeadline([clock({ state: 'ACHIEVED', dueAt: null }), clock({ state: 'PAUSED', dueAt: null })])).toBeNull();
  });
});
