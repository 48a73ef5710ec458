import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig } from './config.js';

/** Where a task is: not run yet, waiting for its answer, done, failed. */
export const INITIAL = 0;
export const PENDING = 1;
export const COMPLETE = 2;
export const ERROR = 3;
export type TaskStatus = typeof INITIAL | typeof PENDING | typeof COMPLETE | typeof ERROR;

export interface ApiTaskConfig<A extends readonly unknown[], R> {
  /** Loads the data for the arguments; gives up when the signal aborts. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<R>;
  /** The arguments, read before each update of the host; the task runs again when one of them changed. */
  args: () => A;
  onComplete?: (value: R) => void;
}

/** What to render in each status; a status without a function renders nothing. */
export interface TaskRenderers<R> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: R) => unknown;
  error?: (error: unknown) => unknown;
}

/**
 * API data for a widget, loaded again whenever its arguments change (a newer run aborts the older one). On top of
 * what Lit's Task does, it has what embedded widgets need: a widget taken off the page aborts its request and
 * loads again when put back (CMS previews and single-page apps mount and unmount), and `slow` turns true when the
 * answer takes longer than `slowAfter`, so the widget can say it is still loading.
 */
export class ApiTask<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = INITIAL;
  /** The last answer; undefined while none has come or after the last run failed. */
  value: R | undefined;
  error: unknown;
  /** True while a run has been pending for longer than the configured `slowAfter`. */
  slow = false;
  private args: A | undefined;
  private runs = 0;
  private abortController: AbortController | undefined;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: ApiTaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.config.args();
    const last = this.args;
    if (!last || last.length !== args.length || args.some((arg, index) => !Object.is(arg, last[index]))) void this.run(args);
  }

  /** Runs the task now (a retry button), with the current arguments unless given others. */
  async run(args: A = this.config.args()): Promise<void> {
    this.args = args;
    if (this.status === PENDING) this.abortController?.abort();
    this.status = PENDING;
    this.slow = false;
    this.host.requestUpdate();
    const run = ++this.runs;
    const controller = (this.abortController = new AbortController());
    const timer = setTimeout(() => {
      if (run !== this.runs) return;
      this.slow = true;
      this.host.requestUpdate();
    }, getConfig().slowAfter);
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.config.task(args, { signal: controller.signal });
    } catch (caught) {
      failed = true;
      error = caught;
    }
    clearTimeout(timer);
    if (run !== this.runs) return;
    if (!failed) this.config.onComplete?.(value!);
    this.status = failed ? ERROR : COMPLETE;
    this.value = value;
    this.error = error;
    this.slow = false;
    this.host.requestUpdate();
  }

  render(renderers: TaskRenderers<R>): unknown {
    const status = this.status;
    return status === COMPLETE
      ? renderers.complete?.(this.value!)
      : status === ERROR
        ? renderers.error?.(this.error)
        : status === PENDING
          ? renderers.pending?.()
          : renderers.initial?.();
  }

  hostDisconnected(): void {
    if (this.status === PENDING) {
      this.interrupted = true;
      this.abortController?.abort();
    }
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      void this.run();
    }
  }
}
