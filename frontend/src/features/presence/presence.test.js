import { describe, expect, it } from 'vitest';
import { applyPresenceChange, formatTimeInState, sortBoard } from './presence';
describe('formatTimeInState', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    it('ticks in minutes and seconds under an hour', () => {
        expect(formatTimeInState('2026-11-25T11:59:18Z', now)).toBe('0:42');
        expect(formatTimeInState('2026-11-25T11:47:55Z', now)).toBe('12:05');
    });
    it('adds hours beyond an hour and switches to days beyond a day', () => {
        expect(formatTimeInState('2026-11-25T10:57:51Z', now)).toBe('1:02:09');
        expect(formatTimeInState('2026-11-23T09:00:00Z', now)).toBe('2d 3h');
    });
    it('is empty for someone never seen and never negative', () => {
        expect(formatTimeInState(null, now)).toBe('');
        expect(formatTimeInState('2026-11-25T12:00:05Z', now)).toBe('0:00');
    });
});
const ana = { userId: 'a', displayName: 'Ana', status: 'AVAILABLE', reason: null, since: '2026-11-25T10:00:00Z' };
const bo = { userId: 'b', displayName: 'Bo', status: 'OFFLINE', reason: null, since: null };
const cy = { userId: 'c', displayName: 'Cy', status: 'ON_BREAK', reason: 'lunch', since: '2026-11-25T11:00:00Z' };
describe('applyPresenceChange', () => {
    it('updates the changed member only', () => {
        const next = applyPresenceChange([ana, bo], { userId: 'b', status: 'BUSY', reason: 'call', since: '2026-11-25T12:00:00Z' });
        expect(next[1]).toEqual({ ...bo, status: 'BUSY', reason: 'call', since: '2026-11-25T12:00:00Z' });
        expect(next[0]).toBe(ana);
    });
    it('leaves the list as it is for an unknown member or no list', () => {
        const list = [ana];
        expect(applyPresenceChange(list, { userId: 'x', status: 'BUSY', reason: null, since: null })).toBe(list);
        expect(applyPresenceChange(undefined, { userId: 'x', status: 'BUSY', reason: null, since: null })).toBeUndefined();
    });
});
describe('sortBoard', () => {
    it('puts working states first and offline last', () => {
        expect(sortBoard([bo, cy, ana]).map((p) => p.displayName)).toEqual(['Ana', 'Cy', 'Bo']);
    });
});
