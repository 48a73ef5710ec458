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
  key: string;
  text: string;
  kind: JobSuggestion['kind'];
  /** Its words, folded, to match what is typed. */
  words: string[];
  jobs: Set<Job>;
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
  /** Each job's object when it was added, and the candidates it gave. */
  private readonly known = new Map<string, { job: Job; candidates: Candidate[] }>();
  private readonly candidates = new Map<string, Candidate>();
  /** By each folded word of a candidate: the candidates it begins. */
  private readonly byWord = new SearchableMap<Set<Candidate>>();

  /** Follows the jobs as the index does: only jobs whose objects are new or gone are looked at. */
  sync(jobs: readonly Job[]): void {
    if (jobs === this.jobs) return;
    this.jobs = jobs;
    const current = new Set<string>();
    for (const job of jobs) {
      current.add(job.id);
      const known = this.known.get(job.id);
      if (known?.job === job) continue;
      if (known) this.remove(job.id);
      this.add(job);
    }
    for (const id of [...this.known.keys()]) if (!current.has(id)) this.remove(id);
  }

  private add(job: Job): void {
    const title = cleanTitle(job.title);
    const texts: [string, Candidate['kind']][] = [[title, 'title']];
    for (const word of title.split(/[\s/(),]+/)) {
      const trimmed = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (isOccupation(trimmed)) texts.push([trimmed, 'occupation']);
    }
    const given: Candidate[] = [];
    for (const [text, kind] of texts) {
      const key = `${kind}\u0000${foldForSearch(text)}`;
      let candidate = this.candidates.get(key);
      if (!candidate) {
        candidate = { key, text, kind, words: textWords(text).map((word) => word.folded), jobs: new Set() };
        this.candidates.set(key, candidate);
        for (const word of new Set(candidate.words)) this.byWord.fetch(word, () => new Set()).add(candidate);
      }
      if (!candidate.jobs.has(job)) {
        candidate.jobs.add(job);
        given.push(candidate);
      }
    }
    this.known.set(job.id, { job, candidates: given });
  }

  private remove(id: string): void {
    const known = this.known.get(id);
    if (!known) return;
    for (const candidate of known.candidates) {
      candidate.jobs.delete(known.job);
      if (candidate.jobs.size > 0) continue;
      this.candidates.delete(candidate.key);
      for (const word of new Set(candidate.words)) {
        const list = this.byWord.get(word);
        list?.delete(candidate);
        if (list && !list.size) this.byWord.delete(word);
      }
    }
    this.known.delete(id);
  }

  /**
   * One suggestion per occupation, whatever its gender form: the forms' jobs counted together under the form with
   * the most (the same on every machine, whatever order the jobs came in); and no title that says only what an
   * occupation already says.
   */
  private merge(found: { candidate: Candidate; jobs: number }[], current: (job: Job) => boolean): void {
    const groups = new Map<string, { candidate: Candidate; jobs: number }[]>();
    for (const entry of found) {
      if (entry.candidate.kind !== 'occupation') continue;
      const key = occupationKey(entry.candidate.text);
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const kept = new Set<{ candidate: Candidate; jobs: number }>();
    for (const group of groups.values()) {
      group.sort((a, b) => b.jobs - a.jobs || (a.candidate.text < b.candidate.text ? -1 : 1));
      const jobs = new Set<Job>();
      for (const { candidate } of group) for (const job of candidate.jobs) if (current(job)) jobs.add(job);
      group[0]!.jobs = jobs.size;
      kept.add(group[0]!);
    }
    const filtered = found.filter((entry) =>
      entry.candidate.kind === 'occupation' ? kept.has(entry) : !groups.has(occupationKey(entry.candidate.text)),
    );
    found.splice(0, found.length, ...filtered);
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
        let jobs = 0;
        for (const job of candidate.jobs) if (current(job)) jobs++;
        if (jobs > 0) found.push({ candidate, jobs });
      }
    }
    this.merge(found, current);
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

/** The base form of an occupation, so `Pflegefachfrau` and `Pflegefachmann` are one suggestion. */
const occupationKey = (text: string) => baseForm(foldForSearch(text));

/** Where each typed word begins a word of the text, as `[start, end)` offsets of the text as written. */
function matchedRanges(text: string, typed: readonly string[]): [number, number][] {
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
