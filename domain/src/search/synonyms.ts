import { analyseText } from './german.js';

/**
 * Synonyms and everyday names, as the project team writes them (one entry per line):
 *
 *     Erzieher, pädagogische Fachkraft          equivalent: each finds the others
 *     Krankenschwester => Pflegefachkraft, Gesundheits- und Krankenpfleger
 *                                               one way: the left finds the right, not the reverse
 *     # a comment
 *
 * A word or phrase is analysed as the search analyses text (case, umlauts, gender, inflection), so each idea is
 * written once in its base form.
 */

/** A phrase as the stems of its words (`Fachkraft für Lagerlogistik` → `fachkraft`, `lagerlogist`). */
export type Phrase = readonly string[];

/** One line that could not be read, with its number, for the operator's log. */
export interface SynonymProblem {
  line: number;
  text: string;
  reason: string;
}

const key = (phrase: Phrase) => phrase.join(' ');

/** What the queries' words may also mean, read from synonym lines. */
export class SynonymTable {
  /** By a phrase's first stem: the phrases that start with it and what each stands for (itself included). */
  private readonly byFirst = new Map<string, { phrase: Phrase; meanings: Phrase[] }[]>();
  readonly problems: SynonymProblem[] = [];
  /** How many lines were taken. */
  readonly entries: number;
  private readonly allWords = new Map<string, string>();

  constructor(lines: readonly string[]) {
    let entries = 0;
    lines.forEach((raw, index) => {
      const text = raw.replace(/#.*$/, '').trim();
      if (!text) return;
      const sides = text.split('=>');
      if (sides.length > 2) return this.problems.push({ line: index + 1, text: raw, reason: 'more than one "=>"' });
      const [left, right] = sides.map((side) =>
        side
          .split(',')
          .map((entry) => analyseText(entry).map((word) => (this.allWords.set(word.word, word.stem), word.stem)))
          .filter((phrase) => phrase.length > 0),
      );
      if (!left?.length || (sides.length === 2 && !right?.length)) return this.problems.push({ line: index + 1, text: raw, reason: 'an empty side' });
      if (sides.length === 1 && left.length < 2) return this.problems.push({ line: index + 1, text: raw, reason: 'only one entry' });
      entries++;
      for (const phrase of left) this.add(phrase, right ? [phrase, ...right] : left);
    });
    this.entries = entries;
  }

  private add(phrase: Phrase, meanings: readonly Phrase[]): void {
    const candidates = this.byFirst.get(phrase[0]!) ?? [];
    let entry = candidates.find((candidate) => key(candidate.phrase) === key(phrase));
    if (!entry) {
      entry = { phrase, meanings: [] };
      candidates.push(entry);
      // Longest first: `LKW Fahrer` is matched before `LKW`.
      candidates.sort((a, b) => b.phrase.length - a.phrase.length);
      this.byFirst.set(phrase[0]!, candidates);
    }
    const known = new Set(entry.meanings.map(key));
    for (const meaning of meanings) if (!known.has(key(meaning))) entry.meanings.push(meaning);
  }

  /** Whether some phrase of the table begins with this stem. */
  starts(stem: string): boolean {
    return this.byFirst.has(stem);
  }

  /** Whether this stem alone is an entry of the table (`electrician`, unlike `electrical` of `electrical engineer`). */
  isEntry(stem: string): boolean {
    return this.byFirst.get(stem)?.some((candidate) => candidate.phrase.length === 1) ?? false;
  }

  /** Every word of the table's phrases, in its base form, with its stem: for typos of words no job contains. */
  words(): Map<string, string> {
    return this.allWords;
  }

  /** The longest phrase of the table that the stems start with at `position`, and what it stands for. */
  match(stems: readonly string[], position: number): { length: number; meanings: readonly Phrase[] } | undefined {
    for (const { phrase, meanings } of this.byFirst.get(stems[position]!) ?? []) {
      if (phrase.every((stem, offset) => stems[position + offset] === stem)) return { length: phrase.length, meanings };
    }
    return undefined;
  }
}
