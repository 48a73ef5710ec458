import SearchableMap from 'minisearch/SearchableMap';
import type { Job, JobSuggestion } from '../contract/types.js';
import { foldForSearch } from './fold.js';
import { baseForm, textWords, withoutGenderMarks } from './german.js';
import { compoundHeads } from './lexicon.js';

/**
 * Suggestions while typing: occupations (a word of the jobs' titles that names what someone is, such as
 * `Pflegefachkraft`) and whole titles, each found by the beginnings of its words.
 */

interface Candidate {
  text: string;
  kind: JobSuggestion['kind'];
  /** Its words, folded, to match what is typed. */
  words: string[];
  jobs: Job[];
}

const wordPattern = /[\p{L}\p{N}]+/gu;
const occupationEndings = [...new Set(compoundHeads.map(foldForSearch))].concat(['er', 'eur', 'ist', 'ent', 'ant', 'oge', 'wirt', 'arzt', 'koch']);

/** A word that names what someone is: a noun (capital first letter) ending like an occupation. */
function isOccupation(word: string): boolean {
  if (word.length < 4 || !/^\p{Lu}/u.test(word) || /\p{N}/u.test(word)) return false;
  const folded = baseForm(foldForSearch(word.replace(/^.*-/, '')));
  return occupationEndings.some((ending) => folded.endsWith(ending));
}

/** A title as a suggestion: without the gender note, single spaces. */
const cleanTitle = (title: string) => withoutGenderMarks(title).replace(/\s+/g, ' ').replace(/\s+([,.;:)])/g, '$1').replace(/[\s–-]+$/u, '').trim();

export class Suggestions {
  private jobs: readonly Job[] | undefined;
  /** By each folded word of a candidate: the candidates it begins. */
  private byWord = new SearchableMap<Candidate[]>();

  /** Rebuilds the candidates when the jobs changed (a new array). */
  sync(jobs: readonly Job[]): void {
    if (jobs === this.jobs) return;
    this.jobs = jobs;
    const candidates = new Map<string, Candidate>();
    const collect = (text: string, kind: Candidate['kind'], job: Job) => {
      const key = `${kind}\u0000${foldForSearch(text)}`;
      let candidate = candidates.get(key);
      if (!candidate) {
        candidate = { text, kind, words: textWords(text).map((word) => word.folded), jobs: [] };
        candidates.set(key, candidate);
      }
      if (candidate.jobs.at(-1) !== job) candidate.jobs.push(job);
    };
    for (const job of jobs) {
      const title = cleanTitle(job.title);
      collect(title, 'title', job);
      for (const word of title.split(/[\s/(),]+/)) {
        const trimmed = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (isOccupation(trimmed)) collect(trimmed, 'occupation', job);
      }
    }
    this.byWord = new SearchableMap<Candidate[]>();
    for (const candidate of candidates.values()) {
      for (const word of new Set(candidate.words)) this.byWord.fetch(word, () => []).push(candidate);
    }
  }

  /** Up to `limit` suggestions for the typed text, counting only the jobs `current` lets through. */
  find(typed: string, limit: number, current: (job: Job) => boolean): JobSuggestion[] {
    const words = textWords(typed).map((word) => word.folded);
    if (!words.length) return [];
    const [first, ...rest] = words as [string, ...string[]];
    const seen = new Set<Candidate>();
    const found: { candidate: Candidate; jobs: number }[] = [];
    for (const [, list] of this.byWord.atPrefix(first)) {
      for (const candidate of list) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (!rest.every((word) => candidate.words.some((own) => own.startsWith(word)))) continue;
        const jobs = candidate.jobs.filter(current).length;
        if (jobs > 0) found.push({ candidate, jobs });
      }
    }
    found.sort(
      (a, b) =>
        (a.candidate.kind === b.candidate.kind ? 0 : a.candidate.kind === 'occupation' ? -1 : 1) ||
        b.jobs - a.jobs ||
        a.candidate.text.length - b.candidate.text.length ||
        (a.candidate.text < b.candidate.text ? -1 : a.candidate.text > b.candidate.text ? 1 : 0),
    );
    return found.slice(0, limit).map(({ candidate, jobs }) => ({ text: candidate.text, kind: candidate.kind, jobs, match: matchedRanges(candidate.text, words) }));
  }
}

/** Where each typed word begins a word of the text, as `[start, end)` offsets of the text as written. */
export function matchedRanges(text: string, typed: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const taken = new Set<number>();
  for (const word of typed) {
    for (const match of text.matchAll(wordPattern)) {
      if (taken.has(match.index) || !foldForSearch(match[0]).startsWith(word)) continue;
      // How many written characters make up the typed (folded) letters: `Bäc` for `bac`, `Straß` for `strass`.
      let end = 1;
      while (end < match[0].length && foldForSearch(match[0].slice(0, end)).length < word.length) end++;
      ranges.push([match.index, match.index + end]);
      taken.add(match.index);
      break;
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
