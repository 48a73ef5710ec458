import type { Job } from '@wachstumsregion/domain/contract';

/**
 * Remembers recent answers of `GET /jobs` (and of `/jobs/suggestions`). Most visitors ask the same few questions
 * (the default list, a town, a field), and an answer only changes when the data changes or when a job passes its
 * `validThrough`; so the cache is emptied on both, and a hit is exactly what a fresh search would answer.
 */
export class SearchCache<Answer> {
  private readonly answers = new Map<string, Answer>();
  private jobs: readonly Job[] | undefined;
  private validUntil = 0;

  constructor(private readonly maxEntries = 500) {}

  get(key: string, jobs: readonly Job[], now: number, search: () => Answer): Answer {
    if (this.maxEntries <= 0) return search();
    // The store replaces its job array on every write, so a new array means new data.
    if (jobs !== this.jobs || now >= this.validUntil) this.reset(jobs, now);
    const cached = this.answers.get(key);
    if (cached) {
      // Map keeps insertion order: re-inserting marks the entry as recently used.
      this.answers.delete(key);
      this.answers.set(key, cached);
      return cached;
    }
    const answer = search();
    if (this.answers.size >= this.maxEntries) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
    return answer;
  }

  private reset(jobs: readonly Job[], now: number): void {
    this.answers.clear();
    this.jobs = jobs;
    // The next moment a listed job expires; until then every answer stays true.
    this.validUntil = jobs.reduce((next, job) => {
      if (!job.validThrough) return next;
      const end = Date.parse(job.validThrough) + 1;
      return end > now && end < next ? end : next;
    }, Number.POSITIVE_INFINITY);
  }
}
