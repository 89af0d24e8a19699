import { describe, expect, it } from 'vitest';
import { formatElapsed } from './format';
describe('formatElapsed', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    it('shows minutes under an hour', () => {
        expect(formatElapsed('2026-11-25T11:56:30Z', now)).toBe('3m');
    });
    it('shows hours and minutes under a day, days and hours beyond', () => {
        expect(formatElapsed('2026-11-25T09:55:00Z', now)).toBe('2h 5m');
        expect(formatElapsed('2026-11-22T10:00:00Z', now)).toBe('3d 2h');
    });
    it('never goes negative for a time slightly in the future', () => {
        expect(formatElapsed('2026-11-25T12:00:30Z', now)).toBe('0m');
    });
});
