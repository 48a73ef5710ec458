import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import { getConfig } from './config.js';

/**
 * Lit's Task for API data, with what embedded widgets need on top: a widget taken off the page aborts its request
 * and loads again when put back (CMS previews and single-page apps mount and unmount), and `slow` turns true
 * when the answer takes longer than `slowAfter`, so the widget can say it is still loading.
 */
export class ApiTask<A extends readonly unknown[], R> extends Task<A, R> {
  /** True while a run has been pending for longer than the configured `slowAfter`. */
  slow = false;
  private interrupted = false;
  private readonly owner: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, config: TaskConfig<A, R>) {
    const work = config.task;
    super(host, {
      ...config,
      task: async (args, options) => {
        const timer = setTimeout(() => {
          this.slow = true;
          host.requestUpdate();
        }, getConfig().slowAfter);
        try {
          return await work(args, options);
        } finally {
          clearTimeout(timer);
          this.slow = false;
        }
      },
    });
    this.owner = host;
  }

  hostDisconnected(): void {
    if (this.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.abort();
    }
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      void this.run();
      this.owner.requestUpdate();
    }
  }
}
