import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatWait, useSecondsLeft } from './wait';

describe('formatWait', () => {
  it('says seconds under a minute, in the language of the UI', () => {
    expect(formatWait(1, 'en')).toBe('1 second');
    expect(formatWait(42, 'en')).toBe('42 seconds');
    expect(formatWait(42, 'ko')).toBe('42초');
    expect(formatWait(42, 'zh-TW')).toBe('42 秒');
  });

  it('shows minutes and seconds from a minute on', () => {
    expect(formatWait(60, 'en')).toBe('1:00');
    expect(formatWait(900, 'ko')).toBe('15:00');
    expect(formatWait(845, 'en')).toBe('14:05');
  });
});

describe('useSecondsLeft', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-02T22:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('counts down to zero every second and stays there', () => {
    const until = Date.now() + 3000;
    const { result } = renderHook(() => useSecondsLeft(until));
    expect(result.current).toBe(3);
    act(() => void vi.advanceTimersByTime(1000));
    expect(result.current).toBe(2);
    act(() => void vi.advanceTimersByTime(2000));
    expect(result.current).toBe(0);
    act(() => void vi.advanceTimersByTime(5000));
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rounds a part of a second up, so nobody is let in early', () => {
    const { result } = renderHook(() => useSecondsLeft(Date.now() + 1500));
    expect(result.current).toBe(2);
  });

  it('is zero with nothing to wait for', () => {
    const { result } = renderHook(() => useSecondsLeft(null));
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts from when the wait is given, not from when the page opened', () => {
    const { result, rerender } = renderHook(({ until }) => useSecondsLeft(until), {
      initialProps: { until: null as number | null },
    });
    vi.setSystemTime(Date.now() + 60_000);
    rerender({ until: Date.now() + 5000 });
    expect(result.current).toBe(5);
  });
});
