/** Where a build's time goes, phase by phase, for its last line: what to look at when a build is slow. */
export type PhaseClock = {
  /** Ends the phase running since the last lap (or since the clock started), naming it. */
  lap: (name: string) => void;
  /**
   * Times work that runs beside the phases, on another thread, from now until `task` settles. A phase that waits
   * for it shows the wait; this shows whether it was the work or the wait that was long.
   */
  alongside: <T>(name: string, task: Promise<T>) => Promise<T>;
  /** `content 1.2 s, pages 3.4 s (alongside: search index 2.9 s)`: phases under 0.05 s are left out. */
  summary: () => string;
};

export function phaseClock(now: () => number = () => performance.now()): PhaseClock {
  const phases: { name: string; ms: number }[] = [];
  const beside: { name: string; ms: number }[] = [];
  let since = now();
  const seconds = ({ name, ms }: { name: string; ms: number }) => `${name} ${(ms / 1000).toFixed(1)} s`;
  return {
    lap(name) {
      const at = now();
      phases.push({ name, ms: at - since });
      since = at;
    },
    alongside(name, task) {
      const started = now();
      const done = () => {
        beside.push({ name, ms: now() - started });
      };
      return task.finally(done);
    },
    summary() {
      const main = phases.filter(({ ms }) => ms >= 50).map(seconds);
      const side = beside.length === 0 ? [] : [`(alongside: ${beside.map(seconds).join(', ')})`];
      return [main.join(', '), ...side].filter((part) => part !== '').join(' ');
    },
  };
}
