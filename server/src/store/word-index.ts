import { foldForSearch } from '@wachstumsregion/domain/search';
import type { Job } from '@wachstumsregion/domain/contract';

/** The same split as `searchWords`: a query word never contains a character outside letters and digits. */
const nonWord = /[^\p{L}\p{N}]+/u;

/**
 * Narrows a text search to the jobs that can match before the shared search function looks at them.
 *
 * A query word is a run of letters and digits, so wherever it occurs in a job's folded text it lies inside one
 * run of letters and digits there (a "token"). The index maps each distinct token to the jobs containing it; a
 * word's candidates are the jobs of every token that contains the word, and a query's are those of all its
 * words. That is a superset of the jobs `searchJobs` would find, never fewer, so its answers stay exactly the
 * same while it reads a few hundred texts instead of ten thousand.
 */
export class WordIndex {
  private readonly tokens: string[] = [];
  private readonly postings: number[][] = [];

  constructor(private readonly jobs: readonly Job[]) {
    const slots = new Map<string, number>();
    jobs.forEach((job, position) => {
      const text = `${foldForSearch(job.title)} ${foldForSearch(job.employer.name)} ${foldForSearch(job.description)}`;
      for (const token of new Set(text.split(nonWord))) {
        if (!token) continue;
        let slot = slots.get(token);
        if (slot === undefined) {
          slot = this.tokens.push(token) - 1;
          slots.set(token, slot);
          this.postings.push([]);
        }
        this.postings[slot]!.push(position);
      }
    });
  }

  /** The jobs that may contain every one of the (folded) words, in the index's order. */
  candidates(words: readonly string[]): Job[] {
    const hits = new Uint16Array(this.jobs.length);
    words.forEach((word, round) => {
      for (let slot = 0; slot < this.tokens.length; slot++) {
        if (!this.tokens[slot]!.includes(word)) continue;
        // Counting rounds instead of sets: a job reaches round + 1 only if it matched every earlier word.
        for (const position of this.postings[slot]!) if (hits[position] === round) hits[position] = round + 1;
      }
    });
    return this.jobs.filter((_job, position) => hits[position] === words.length);
  }
}
