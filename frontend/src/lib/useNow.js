import { useEffect, useState } from 'react';
/** The current time, refreshed every {@code intervalMs} while the component is mounted (for ticking clocks). */
export function useNow(intervalMs = 1000) {
    const [now, setNow] = useState(() => Date.now());
    useEffect(() => {
        const timer = setInterval(() => setNow(Date.now()), intervalMs);
        return () => clearInterval(timer);
    }, [intervalMs]);
    return now;
}
