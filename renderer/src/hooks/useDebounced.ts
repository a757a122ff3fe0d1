import { useEffect, useRef, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms` (search as the counsellor types, but not on
 * every keystroke). With `leading`, a change that comes after a pause of `ms` or more is passed
 * on at once: a word committed by a Chinese input method, or a pasted name, arrives whole, and
 * only the keystrokes that follow it in quick succession wait.
 */
export function useDebounced<T>(value: T, ms: number, { leading = false }: { leading?: boolean } = {}): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const mounted = useRef(false);
  useEffect(() => {
    // The first value is settled already; only later changes start (or skip) the wait.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const now = performance.now();
    const afterPause = now - lastChange.current >= ms;
    lastChange.current = now;
    if (leading && afterPause) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, leading]);
  return settled;
}
