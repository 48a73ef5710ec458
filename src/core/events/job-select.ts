import type { Job } from '../types.js';

export interface JobSelectDetail {
  /** The opened job, or null when it was closed. */
  readonly job: Job | null;
}

/** A job list opened a job or closed it. */
export class JobSelectEvent extends CustomEvent<JobSelectDetail> {
  static readonly eventName = 'wr-job-select';

  constructor(job: Job | null) {
    super(JobSelectEvent.eventName, { bubbles: true, composed: true, detail: { job } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-job-select': JobSelectEvent;
  }
}
