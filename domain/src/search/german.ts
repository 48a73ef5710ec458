import { stemmer } from '@orama/stemmers/german';
import { foldForSearch } from './fold.js';
import { compoundHeads, compoundModifiers, notFeminine, stopwords } from './lexicon.js';

/**
 * The German analysis of job texts and queries, the same on both sides so that what a visitor types meets what an
 * employer wrote: gender notes dropped, gender and plural forms brought to one base form, Snowball stems, and
 * compounds split into their parts.
 */

/** `(m/w/d)`, `(w/m/d)`, `(m/f/d)`, `(d/m/w)`, `(m/w/divers)`, `(all genders)`, `(gn)`: no word of the job. */
const genderNote = /\(\s*(?:[mwdfxi]|div\.?|divers)(?:\s*[/|,]\s*(?:[mwdfxi]|div\.?|divers))+\s*\)|\(\s*all\s+genders?\s*\)|\(\s*gn\s*\)/giu;
/** `Lehrer*in`, `Lehrer:innen`, `Lehrer_in`, `Lehrer/-in`, `Lehrer/in`, `Lehrer(in)`, `Lehrer·in`: the base form. */
const genderSuffix = /(\p{L})(?:\*|:|_|·|\/-?|\()in(?:nen)?\)?(?!\p{L})/gu;
/** The capital I of `LehrerIn`, `LehrerInnen` (before case is folded). */
const capitalI = /(\p{Ll})In(?:nen)?(?!\p{L})/gu;
/** For each UTF-16 code unit beyond ASCII: 0 not looked at yet, 1 a letter or digit, 2 not. */
const wordUnits = new Uint8Array(65536);
const letterOrDigit = /[\p{L}\p{N}]/u;

function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (!wordUnits[code]) wordUnits[code] = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
  return wordUnits[code] === 1;
}

const consonant = /[bcdfghjklmnpqrstvwxz]$/;

const folded = (words: readonly string[]) => words.map(foldForSearch);
const feminineExceptions = folded(notFeminine);

/** Removes gender notes and gender endings written with a sign, so the words that remain are plain words. */
export function withoutGenderMarks(text: string): string {
  // Each pattern only where its sign occurs at all: most of a long description has none.
  let result = text.includes('(') ? text.replace(genderNote, ' ') : text;
  if (/[*:_·/(]in/.test(result)) result = result.replace(genderSuffix, '$1');
  return result.includes('In') ? result.replace(capitalI, '$1') : result;
}

/**
 * `Energie- und Gebäudetechnik`, `Kunststoff-, Metall- oder Holzbau`: the hyphen, the conjunction and the last
 * word. The first parts are found by walking back from the hyphen, as a pattern that starts with them would be
 * tried at every letter of a long text.
 */
const elision = /-\s+(und|oder|bzw\.?|sowie|&)\s+(\p{L}+)/gu;
const letter = /\p{L}/u;

/**
 * Writes out what a hyphen leaves out: `Energie- und Gebäudetechnik` → `Energietechnik und Gebäudetechnik`, so
 * `Energietechnik` finds it. The shared part is the last word's compound head; without a known head the text
 * stays as it is.
 */
export function withoutElisions(text: string): string {
  if (!text.includes('- ')) return text;
  let result = '';
  let copied = 0;
  for (const match of text.matchAll(elision)) {
    const head = headOf(match[2]!);
    if (!head) continue;
    // Each `Word-` before the hyphen, back over `, Word-` as long as the list goes on.
    const firsts: { start: number; end: number }[] = [];
    let end = match.index;
    for (;;) {
      let start = end;
      while (start > copied && letter.test(text[start - 1]!)) start--;
      if (start === end) break;
      firsts.unshift({ start, end });
      const before = text.slice(Math.max(copied, start - 4), start).match(/-\s*,\s*$/);
      if (!before) break;
      end = start - before[0].length;
    }
    if (!firsts.length) continue;
    result += text.slice(copied, firsts[0]!.start) + firsts.map(({ start, end }) => text.slice(start, end) + head).join(', ');
    copied = match.index + 1;
  }
  return result + text.slice(copied);
}

/** The written ending of a word that is a known compound head (`technik` of `Gebäudetechnik`), if any. */
function headOf(word: string): string | undefined {
  const folded = foldForSearch(word);
  const head = heads.find((candidate) => folded.endsWith(candidate) && folded.length > candidate.length);
  if (!head) return undefined;
  for (let length = head.length - 1; length <= head.length + 2 && length < word.length; length++) {
    const ending = word.slice(-length);
    if (foldForSearch(ending) === head) return ending;
  }
  return undefined;
}

/** The words of a text as written and folded (case, umlauts, ß), without gender marks and stop words. */
export function textWords(text: string): { original: string; folded: string }[] {
  const words: { original: string; folded: string }[] = [];
  eachWord(text, (original, word) => words.push({ original, folded: word.folded }));
  return words;
}

/**
 * The base form of a folded word: the masculine of a feminine (`lehrerin`, `lehrerinnen` → `lehrer`; `kochin` →
 * `koch`; `arztin` → `arzt`) and `-mann` for `-frau`, `-frauen`, `-leute` (`kauffrau`, `kaufleute` → `kaufmann`).
 */
export function baseForm(word: string): string {
  if (word.length > 7 && word.endsWith('innen') && consonant.test(word.slice(0, -5))) return word.slice(0, -5);
  if (word.length > 5 && word.endsWith('in') && consonant.test(word.slice(0, -2)) && !feminineExceptions.some((exception) => word.endsWith(exception))) {
    return word.slice(0, -2);
  }
  if (word.length > 6 && word.endsWith('frauen')) return `${word.slice(0, -6)}mann`;
  if (word.length > 4 && word.endsWith('frau')) return `${word.slice(0, -4)}mann`;
  if (word.length > 5 && word.endsWith('leute')) return `${word.slice(0, -5)}mann`;
  if (word.length > 6 && word.endsWith('manner')) return `${word.slice(0, -6)}mann`;
  return word;
}

const stems = new Map<string, string>();

/** The Snowball German stem of a folded word (remembered: a job text repeats its words). */
export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = stemmer(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, found);
  }
  return found;
}

// Heads and modifiers as folded words, longest first, so `kraftfahrer` is tried before `fahrer`.
const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
const heads = [...new Set(folded(compoundHeads))].sort(byLength);
const modifiers = [...new Set(folded(compoundModifiers))].sort(byLength);
/** A part shorter than this is no part (`mit|arbeiter` stays whole) unless it is a known modifier. */
const minPart = 4;
const shortModifiers = new Set(modifiers.filter((modifier) => modifier.length < minPart));
/** Endings a compound may carry beyond its head (`Pflegefachkräfte`, `Busfahrern`). */
const inflections = ['', 'e', 'n', 'en', 's', 'es', 'er', 'ern'];

/** `berufs` → `beruf`: the joining s of `Berufs|kraftfahrer`, `Gesundheits|pfleger`. */
const withoutJoint = (part: string) => (part.length > 4 && part.endsWith('s') ? part.slice(0, -1) : part);

const splits = new Map<string, readonly string[]>();

/**
 * The stems of a compound's parts at every level, for a folded word in its base form: `maschinenbauingenieur`
 * → `maschinenbau`, `ingenieur`, `maschin`, `bau`. Split on the word, not its stem: Snowball cuts a long word
 * differently from its last part alone (`elektrotechniker` → `elektrotechn`, `techniker` → `technik`), and a
 * part must have the stem that the same word has alone. Empty for a word that is no compound of known parts.
 */
export function compoundParts(word: string): readonly string[] {
  let parts = splits.get(word);
  if (parts) return parts;
  parts = split(word);
  if (splits.size > 200_000) splits.clear();
  splits.set(word, parts);
  return parts;
}

function split(word: string): string[] {
  if (word.length < 7) return [];
  for (const ending of inflections) {
    if (!word.endsWith(ending)) continue;
    const uninflected = word.slice(0, word.length - ending.length);
    for (const head of heads) {
      if (!uninflected.endsWith(head) || uninflected.length === head.length) continue;
      const rest = withoutJoint(uninflected.slice(0, -head.length));
      if (rest.length < minPart && !shortModifiers.has(rest)) continue;
      return unique([stem(rest), stem(head), ...compoundParts(rest), ...compoundParts(head)]);
    }
  }
  for (const modifier of modifiers) {
    if (!word.startsWith(modifier) || word.length - modifier.length < minPart) continue;
    const rest = word.slice(modifier.length);
    return unique([stem(withoutJoint(modifier)), stem(rest), ...compoundParts(rest)]);
  }
  return [];
}

const unique = (words: string[]) => [...new Set(words)];

/** One word of a text or query, analysed. */
export interface AnalysedWord {
  /** As folded (`erzieherinnen`). */
  folded: string;
  /** Folded, in its base form: what typos are measured against (`erzieher`). */
  word: string;
  /** Its stem, the term the index holds (`erzieh`). */
  stem: string;
  /** The stems of its parts when it is a compound. */
  parts: readonly string[];
}

const analysed = new Map<string, AnalysedWord>();

/** Base form, stem and parts of one folded word. */
export function analyseWord(folded: string): AnalysedWord {
  let result = analysed.get(folded);
  if (!result) {
    const word = baseForm(folded);
    result = { folded, word, stem: stem(word), parts: compoundParts(word) };
    if (analysed.size > 200_000) analysed.clear();
    analysed.set(folded, result);
  }
  return result;
}

/** Each written word straight to its analysis (null: a stop word or a single letter), as texts repeat their words. */
const written = new Map<string, AnalysedWord | null>();

/**
 * Calls `visit` with every word of a text as written and analysed, in order, skipping gender marks, stop words and
 * single letters, until `visit` returns `false`. The index reads a million words this way without making an
 * object for each, and stops reading a description once it has the words it keeps.
 */
export function eachWord(text: string, visit: (original: string, word: AnalysedWord) => unknown): void {
  // Composed form, so `ä` is one letter; most texts are composed already, and looking is cheaper than composing.
  const composed = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  const prepared = withoutElisions(withoutGenderMarks(composed));
  // The runs of letters and digits, as `split(/[^\p{L}\p{N}]+/u)` finds them, several times faster.
  let start = -1;
  for (let index = 0; index <= prepared.length; index++) {
    const inWord = index < prepared.length && isWordUnit(prepared.charCodeAt(index));
    if (inWord) {
      if (start < 0) start = index;
      continue;
    }
    if (start < 0) continue;
    const length = index - start;
    const original = length < 2 ? '' : prepared.slice(start, index);
    start = -1;
    if (!original) continue;
    let word = written.get(original);
    if (word === undefined) {
      const folded = foldForSearch(original);
      word = folded.length > 1 && !stopwords.has(folded) ? analyseWord(folded) : null;
      if (written.size > 200_000) written.clear();
      written.set(original, word);
    }
    if (word && visit(original, word) === false) return;
  }
}

/** Every word of a text, analysed, in order. */
export function analyseText(text: string): AnalysedWord[] {
  const words: AnalysedWord[] = [];
  eachWord(text, (_original, word) => words.push(word));
  return words;
}
