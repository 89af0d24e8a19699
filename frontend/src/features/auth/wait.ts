import { useEffect, useState } from 'react';

/** How long to wait, in the UI's language: "42 seconds" under a minute, then minutes and seconds as "14:05". */
export function formatWait(seconds: number, locale: string): string {
  if (seconds < 60) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
  }
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whole seconds left until {@code until} (epoch milliseconds), ticking every second until it is reached; 0 without one. */
export function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const [countingTo, setCountingTo] = useState(until);
  if (countingTo !== until) {
    // A new wait starts from the time it is given, not from the last tick of an earlier one (React's pattern for
    // state that follows a prop, applied before this render is shown).
    setCountingTo(until);
    setNow(Date.now());
  }
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
