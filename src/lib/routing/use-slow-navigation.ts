import { useEffect, useState } from 'react';

/**
 * Whether the navigation `loadingKey` names (its location's key, null when none is loading) has been loading for
 * `delayMs`: a quick one never shows as slow, so nothing flashes on screen or is announced for nothing. It stays
 * slow only while that same navigation loads.
 */
export function useSlowNavigation(loadingKey: string | null, delayMs: number): boolean {
  // The navigation whose delay has run out.
  const [slowKey, setSlowKey] = useState<string | null>(null);
  useEffect(() => {
    if (loadingKey === null) return;
    const timer = window.setTimeout(() => {
      setSlowKey(loadingKey);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [loadingKey, delayMs]);
  return loadingKey !== null && slowKey === loadingKey;
}
