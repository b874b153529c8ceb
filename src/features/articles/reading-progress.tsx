import { useEffect, type RefObject } from 'react';

/** The custom property on <html> that carries the progress (0–1) to the bar. */
const PROGRESS_PROPERTY = '--reading-progress';

/** How far through `target` the reader has scrolled, from 0 (its top at the top of the window) to 1 (its end in view). */
export function readingProgress(target: DOMRect, viewportHeight: number): number {
  const scrollable = target.height - viewportHeight;
  if (scrollable <= 0) return target.bottom <= viewportHeight ? 1 : 0;
  return Math.min(1, Math.max(0, -target.top / scrollable));
}

/**
 * A thin decorative bar fixed at the top of the window that fills as the
 * reader scrolls through the article body. Assistive tech already knows the
 * scroll position, so it is aria-hidden.
 *
 * The bar's own markup never changes: the progress is a custom property on
 * <html>, written once a frame while scrolling, so the server render and the
 * hydrated page stay identical.
 */
export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const root = document.documentElement;
    let frame: number | null = null;

    const update = () => {
      frame = null;
      const element = target.current;
      if (element === null) return;
      const progress = readingProgress(element.getBoundingClientRect(), window.innerHeight);
      root.style.setProperty(PROGRESS_PROPERTY, progress.toFixed(4));
    };
    const schedule = () => {
      frame ??= window.requestAnimationFrame(update);
    };

    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== null) window.cancelAnimationFrame(frame);
      root.style.removeProperty(PROGRESS_PROPERTY);
    };
  }, [target]);

  return (
    <div aria-hidden="true" className="reading-progress">
      <div
        data-testid="reading-progress"
        // A class, not a style attribute: a strict Content-Security-Policy can then forbid inline styles.
        className="reading-progress-bar"
      />
    </div>
  );
}
