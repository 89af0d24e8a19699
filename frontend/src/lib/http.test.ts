import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './http';

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-12-02T22:00:00Z');

  it('takes the problem answer\'s retryAfterSeconds first', () => {
    expect(retryAfterSeconds({ retryAfterSeconds: 42 }, '900', now)).toBe(42);
    expect(retryAfterSeconds({ retryAfterSeconds: 1.2 }, null, now)).toBe(2);
  });

  it('reads the Retry-After header in seconds or as a date', () => {
    expect(retryAfterSeconds({}, '900', now)).toBe(900);
    expect(retryAfterSeconds({}, 'Wed, 02 Dec 2026 22:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds({}, 'Wed, 02 Dec 2026 21:59:00 GMT', now)).toBe(0);
  });

  it('is undefined when the answer says nothing usable', () => {
    expect(retryAfterSeconds({}, null, now)).toBeUndefined();
    expect(retryAfterSeconds({}, 'soon', now)).toBeUndefined();
    expect(retryAfterSeconds({ retryAfterSeconds: 'soon' }, null, now)).toBeUndefined();
    expect(retryAfterSeconds({ retryAfterSeconds: -1 }, null, now)).toBeUndefined();
  });
});
