/**
 * Scheduling of work that follows typing: a quiet period (debounce), then an idle callback, so a
 * burst of keystrokes costs one analysis and nothing runs inside the input's own event handling.
 */
export interface Scheduler {
  /** Ask for a run; repeated asks within the quiet period push it back. */
  request(): void;
  cancel(): void;
}

export interface ScheduleEnv {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** Runs `fn` when the page is idle; falls back to a zero timeout where missing. */
  idle?(fn: () => void, opts: { timeout: number }): unknown;
  cancelIdle?(id: unknown): void;
}

const browserEnv = (): ScheduleEnv => ({
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number),
  idle: typeof requestIdleCallback === 'function' ? (fn, opts) => requestIdleCallback(fn, opts) : undefined,
  cancelIdle: typeof cancelIdleCallback === 'function' ? (id) => cancelIdleCallback(id as number) : undefined,
});

/** `run` fires once, `delay` ms after the last request and then when idle (at most `delay` ms later). */
export function debounceIdle(run: () => void, delay = 150, env: ScheduleEnv = browserEnv()): Scheduler {
  let timer: unknown;
  let idle: unknown;
  const cancel = () => {
    if (timer !== undefined) env.clearTimeout(timer);
    if (idle !== undefined) (env.cancelIdle ?? env.clearTimeout)(idle);
    timer = idle = undefined;
  };
  return {
    request() {
      cancel();
      timer = env.setTimeout(() => {
        timer = undefined;
        const fire = () => {
          idle = undefined;
          run();
        };
        idle = env.idle ? env.idle(fire, { timeout: delay }) : env.setTimeout(fire, 0);
      }, delay);
    },
    cancel,
  };
}
