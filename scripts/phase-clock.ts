/** Where a build's time goes, phase by phase, for its last line: what to look at when a build is slow. */
export type PhaseClock = {
  /** Ends the phase running since the last lap (or since the clock started), naming it. */
  lap: (name: string) => void;
  /** `content 1.2 s, pages 3.4 s, …`: phases under 0.05 s are left out. */
  summary: () => string;
};

export function phaseClock(now: () => number = () => performance.now()): PhaseClock {
  const phases: { name: string; ms: number }[] = [];
  let since = now();
  return {
    lap(name) {
      const at = now();
      phases.push({ name, ms: at - since });
      since = at;
    },
    summary: () =>
      phases
        .filter(({ ms }) => ms >= 50)
        .map(({ name, ms }) => `${name} ${(ms / 1000).toFixed(1)} s`)
        .join(', '),
  };
}
