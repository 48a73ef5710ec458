import MiniSearch, { type Query } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Category, Job, Partner } from '../contract/types.js';
import { foldForSearch } from './fold.js';
import { analyseText, analyseWord, eachWord, textWords, type AnalysedWord } from './german.js';
import { SynonymTable, type Phrase } from './synonyms.js';
import { builtInSynonyms } from './synonyms-data.js';

/**
 * The full-text index over the jobs: MiniSearch (BM25+, field boosts, AND/OR query trees, prefix search) over
 * the terms of our German analysis. Every word is indexed by its stem, and a compound's parts as `~part`, so
 * a whole word can weigh more than a part (`Pflege` in a title before `Altenpfleger`, before `pflegen` in a
 * description). Typos are matched against the index's own words with MiniSearch's fuzzy map.
 */

/**
 * How much a field weighs: the title above the place (town, partner, employer), above the category (the field
 * and the kind of employment), above the description. Few fields, as each costs time for every job indexed.
 */
export const fieldBoosts = { title: 6, place: 3, category: 2, description: 1 } as const;
type Field = keyof typeof fieldBoosts;
const fields = Object.keys(fieldBoosts) as Field[];
/** Where a town's name is looked for: a job in Radeberg, not one whose ad mentions the train to Dresden. */
const placeFields: Field[] = ['place', 'title'];
/** Where a kind of employment is looked for: what the title and the job's kind say. */
const kindFields: Field[] = ['title', 'category'];

/** The words a visitor uses for a kind of employment, in both languages (`Teilzeit`, `part-time`, `Azubi` …). */
const kindWords: Record<Job['employmentType'], string> = {
  'full-time': 'Vollzeit full-time full time',
  'part-time': 'Teilzeit part-time part time',
  apprenticeship: 'Ausbildung apprenticeship',
  internship: 'Praktikum internship',
  'mini-job': 'Minijob mini-job minijob',
};

/** How much a kind of match weighs against the word itself. */
const weights = { part: 0.6, compound: 0.7, synonym: 0.5, typo: 0.45, typoPart: 0.3, prefix: 0.3 };

/**
 * Different words of a description indexed at most, the first ones: an ad says what the job is before what the
 * employer offers, and every word indexed costs time on every import.
 */
const maxDescriptionTerms = 40;
/** Query words beyond this are ignored: a pasted paragraph must not cost more than a search. */
const maxQueryWords = 10;
/** Words looked up for typos at most, the first ones, and the longest query that is offered a respelling. */
const maxTypoWords = 5;
const maxRespelledWords = 4;
/** Typos tolerated: one edit from five letters on, two from nine (the visitor's word, folded). */
const typoDistance = (word: string) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);
/** Typo candidates tried per word, the closest and most frequent. */
const maxTypoCandidates = 4;

const partTerm = (stem: string) => `~${stem}`;

/** A job's text as MiniSearch indexes it: each field's terms joined by spaces. */
export type IndexedJob = { id: string } & Record<Field, string>;

/** A word of the index, for typos and spelling hints: its stem, in how many jobs, and how the jobs write it. */
interface VocabularyEntry {
  stem: string;
  jobs: number;
  spellings: Set<string>;
}

/** A query word or phrase and what it may stand for. */
interface QueryGroup {
  /** The visitor's words of this group, as typed. */
  originals: string[];
  node: Query;
}

export interface IndexedQuery {
  groups: QueryGroup[];
  /** All groups combined; undefined when the query has no words. */
  tree: Query | undefined;
}

/** The stems of the kinds' words (`teilzeit`, `ausbild`, `apprenticeship` …). */
const kindStems = new Set(Object.values(kindWords).flatMap((words) => analyseText(words).map((word) => word.stem)));

/**
 * A job as the index holds it: each field's terms (stems, and in titles and employers the parts of compounds as
 * `~part`), and the job's words with their stems and spellings, for typos and hints.
 */
export function indexedJob(
  job: Job,
  partner: Partner | undefined,
  category: Category | undefined,
): { document: IndexedJob; words: Map<string, { stem: string; spelling: string }>; places: Set<string> } {
  // A district's name is no place: a job of the Landkreis Bautzen in Wilthen is not in Bautzen.
  const town = [job.location.city, partner && partner.kind !== 'district' ? partner.name : ''].join(' ');
  const texts: Record<Field, string> = {
    title: job.title,
    place: `${town} ${job.employer.name}`,
    category: [category?.name.de, category?.name.en, kindWords[job.employmentType]].join(' '),
    description: job.description,
  };
  const document = { id: job.id } as IndexedJob;
  const words = new Map<string, { stem: string; spelling: string }>();
  for (const field of fields) {
    const description = field === 'description';
    const withParts = field === 'title' || field === 'place';
    const terms: string[] = [];
    const seen = new Set<string>();
    eachWord(texts[field], (original, word) => {
      if (description) {
        // A description counts each word once: an ad that repeats "Pflege" is not more about care.
        if (seen.has(word.stem)) return;
        if (seen.size >= maxDescriptionTerms) return false;
        seen.add(word.stem);
      }
      terms.push(word.stem);
      // Titles and places (employers' names) carry compounds' parts; the others say things in whole words.
      if (withParts) for (const part of word.parts) terms.push(partTerm(part));
      // Typos and respellings are matched against what titles, places and fields say, what people search for;
      // the words of descriptions would make the vocabulary five times larger and its guesses worse.
      if (!description && !words.has(word.word)) words.set(word.word, { stem: word.stem, spelling: original });
    });
    document[field] = terms.join(' ');
  }
  const places = new Set<string>();
  eachWord(town, (_original, word) => places.add(word.stem));
  return { document, words, places };
}

/** MiniSearch, asked whether a term occurs at all: its term map is open to subclasses, though not public. */
class JobMiniSearch extends MiniSearch<IndexedJob> {
  hasTerm(term: string): boolean {
    return this._index.has(term);
  }
}

export class JobIndex {
  private readonly search = new JobMiniSearch({
    fields,
    idField: 'id',
    // Terms are analysed before they reach MiniSearch; it only splits what `indexed()` joined.
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
    searchOptions: { boost: fieldBoosts, tokenize: (text) => [text], processTerm: (term) => term },
  });
  /** The indexed form of each job, to remove it again, and the job object it was made from. */
  private readonly documents = new Map<string, { job: Job; document: IndexedJob; words: string[]; places: Set<string> }>();
  /** The index's words (folded base forms), counted; `fuzzy` is built from it when a typo needs looking up. */
  private readonly vocabulary = new Map<string, VocabularyEntry>();
  private fuzzy: SearchableMap<VocabularyEntry> | undefined;
  /** Stems of the indexed jobs' places (towns and partner names), counted, to search a town in places only. */
  private readonly places = new Map<string, number>();
  /** The synonym table's words, for typos of words no job contains (`electrican`, `nurce`). */
  private synonymWords: SearchableMap<string> | undefined;
  private synonyms: SynonymTable;
  private jobs: readonly Job[] | undefined;
  private context = '';

  constructor(synonyms: SynonymTable = new SynonymTable(builtInSynonyms)) {
    this.synonyms = synonyms;
  }

  /** Replaces the synonym table (the operator edited the file); the index itself is unchanged. */
  useSynonyms(synonyms: SynonymTable): void {
    this.synonyms = synonyms;
    this.synonymWords = undefined;
  }

  /**
   * Brings the index to these jobs, adding, replacing and removing only what changed: a job is new when its
   * object is (the stores keep the objects of unchanged jobs). A call with the same array (the stores replace it
   * on every write) costs nothing. Partners and categories give the place and category words; when they change,
   * every job is indexed again.
   */
  sync(jobs: readonly Job[], partners: readonly Partner[], categories: readonly Category[]): void {
    const context = JSON.stringify([partners.map((partner) => [partner.id, partner.name, partner.kind]), categories.map((category) => [category.id, category.name])]);
    if (jobs === this.jobs && context === this.context) return;
    // When most jobs are new (an import that renewed them all), building anew is cheaper than replacing each.
    const unchanged = jobs.reduce((count, job) => count + (this.documents.get(job.id)?.job === job ? 1 : 0), 0);
    if (context !== this.context || unchanged < this.documents.size / 2) this.clear();
    this.jobs = jobs;
    this.context = context;
    const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
    const categoryById = new Map(categories.map((category) => [category.id, category]));
    const current = new Set<string>();
    // Sorted by id, so an index built anew is the same whatever order the store keeps its jobs in.
    for (const job of [...jobs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      current.add(job.id);
      const known = this.documents.get(job.id);
      if (known?.job === job) continue;
      if (known) this.remove(job.id);
      this.add(job, partnerById.get(job.partner), categoryById.get(job.category));
    }
    for (const id of [...this.documents.keys()]) if (!current.has(id)) this.remove(id);
  }

  private clear(): void {
    this.search.removeAll();
    this.documents.clear();
    this.vocabulary.clear();
    this.fuzzy = undefined;
    this.places.clear();
  }

  private add(job: Job, partner: Partner | undefined, category: Category | undefined): void {
    const { document, words, places } = indexedJob(job, partner, category);
    this.search.add(document);
    for (const stem of places) this.places.set(stem, (this.places.get(stem) ?? 0) + 1);
    for (const [word, { stem, spelling }] of words) {
      let entry = this.vocabulary.get(word);
      if (!entry) {
        entry = { stem, jobs: 0, spellings: new Set() };
        this.vocabulary.set(word, entry);
        this.fuzzy = undefined;
      }
      entry.jobs++;
      entry.spellings.add(spelling);
    }
    this.documents.set(job.id, { job, document, words: [...words.keys()], places });
  }

  private remove(id: string): void {
    const known = this.documents.get(id);
    if (!known) return;
    this.search.remove(known.document);
    for (const stem of known.places) {
      const left = (this.places.get(stem) ?? 1) - 1;
      if (left > 0) this.places.set(stem, left);
      else this.places.delete(stem);
    }
    for (const word of known.words) {
      const entry = this.vocabulary.get(word);
      if (entry && --entry.jobs <= 0) {
        this.vocabulary.delete(word);
        this.fuzzy = undefined;
      }
    }
    this.documents.delete(id);
  }

  /** The query tree for what the visitor typed: each word (or synonym phrase) must match, in one of its forms. */
  query(text: string): IndexedQuery {
    const typed = textWords(text).slice(0, maxQueryWords);
    const words = typed.map(({ original, folded }, index) => ({ original, ...this.corrected(analyseWord(folded), index === typed.length - 1) }));
    const stems = words.map((word) => word.stem);
    const groups: QueryGroup[] = [];
    for (let position = 0; position < words.length; ) {
      const synonym = this.synonyms.match(stems, position);
      const length = synonym?.length ?? 1;
      const own = words.slice(position, position + length);
      const last = position + length === words.length;
      const ownNode = and(own.map((word, offset) => this.wordNode(word, last && offset === own.length - 1, position + offset < maxTypoWords)));
      const others = (synonym?.meanings ?? []).filter((meaning) => meaning.join(' ') !== stems.slice(position, position + length).join(' '));
      const node = others.length ? or([ownNode, ...others.map((meaning) => this.phraseNode(meaning, weights.synonym))]) : ownNode;
      groups.push({ originals: own.map((word) => word.original), node });
      position += length;
    }
    return { groups, tree: groups.length ? and(groups.map((group) => group.node)) : undefined };
  }

  /**
   * A word no job contains and no synonym starts with, but within a typo of a synonym's word or (the last word)
   * the beginning of one, read as that word (`electrican` → `electrician`, `nurce` and `nurs` → `nurse`): the
   * synonyms then expand it as usual.
   */
  private corrected(word: AnalysedWord, last: boolean): AnalysedWord {
    if (this.vocabulary.has(word.word) || this.synonyms.starts(word.stem)) return word;
    this.synonymWords ??= SearchableMap.from(this.synonyms.words());
    // The last word may be unfinished: `nurs` is on its way to `nurse`, the shortest entry it begins.
    if (last && word.word.length >= 3 && !this.vocabulary.has(word.word)) {
      const [completion] = [...this.synonymWords.atPrefix(word.word)]
        .filter(([, stem]) => this.synonyms.isEntry(stem))
        .sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
      if (completion && !this.hasWordsStarting(word.word)) return analyseWord(completion[0]);
    }
    const distance = typoDistance(word.word);
    if (!distance) return word;
    // Closest first; among equals a word that is an entry by itself (`electrician`, not `electrical` of
    // `electrical engineer`), then one that begins an entry, then the one of the same length.
    const rank = ([candidate, [stem, edits]]: [string, [string, number]]) => [
      edits,
      (this.synonyms.isEntry(stem) ? 0 : 2) + (this.synonyms.starts(stem) ? 0 : 1),
      Math.abs(candidate.length - word.word.length),
    ];
    const [closest] = [...this.synonymWords.fuzzyGet(word.word, distance)]
      .map((found) => ({ found, rank: rank(found) }))
      .sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || (a.found[0] < b.found[0] ? -1 : 1));
    return closest ? analyseWord(closest.found[0]) : word;
  }

  /** Whether some word of the jobs begins so (then an unfinished word is left to the prefix search). */
  private hasWordsStarting(prefix: string): boolean {
    return this.fuzzyMap().atPrefix(prefix).size > 0;
  }

  /** One word: itself, as a compound's part, its own parts, a typo's correction, and (last word) a prefix. */
  private wordNode(word: AnalysedWord, last: boolean, typos: boolean): Query {
    const node = this.plainWordNode(word, last, typos);
    const fields = this.fieldsOf(word.stem);
    return fields ? { fields, queries: [node] } : node;
  }

  /**
   * A phrase (a synonym's meaning): each of its words, whole or (weighing less) as a compound's part, where that
   * word is looked for; the weight is shared among the words, so a phrase of two words that both match weighs as
   * one word does, not twice as much.
   */
  private phraseNode(phrase: Phrase, weight: number): Query {
    return and(
      phrase.map((stem) => {
        const share = weight / phrase.length;
        const node = this.anyOf([leaf(stem, share), leaf(partTerm(stem), share * weights.part)]);
        const fields = this.fieldsOf(stem);
        return fields ? { fields, queries: [node] } : node;
      }),
    );
  }

  /**
   * Where a word is looked for when not everywhere: a town where jobs are, not in every ad that mentions the way
   * to it; a kind of employment in titles and kinds, not in every ad that asks for a finished `Ausbildung`.
   */
  private fieldsOf(stem: string): Field[] | undefined {
    if (this.places.has(stem)) return placeFields;
    if (kindStems.has(stem)) return kindFields;
    return undefined;
  }

  private plainWordNode(word: AnalysedWord, last: boolean, typos: boolean): Query {
    const alternatives: Query[] = [word.stem, leaf(partTerm(word.stem), weights.part)];
    // Spelled apart in the job (`Maschinenbau Ingenieur`): its parts as whole words. Not as parts of other words,
    // or `Hilfsarbeiter` would find a `Sozialarbeiter` for `Jugendhilfe`.
    const parts = topParts(word);
    if (parts.length > 1 && parts.every((part) => this.search.hasTerm(part))) {
      alternatives.push(and(parts.map((part) => leaf(part, weights.compound / parts.length))));
    }
    if (typos && !this.vocabulary.has(word.word)) {
      for (const stem of this.typoStems(word.word, typoDistance(word.word))) {
        const fields = this.fieldsOf(stem);
        const typo = or([leaf(stem, weights.typo), leaf(partTerm(stem), weights.typoPart)]);
        alternatives.push(fields ? { fields, queries: [typo] } : typo);
      }
    }
    // A last word the jobs do not contain may be unfinished (`Mechatr`): then it also stands for words it begins.
    if (last && word.word.length >= 3 && !this.vocabulary.has(word.word)) {
      alternatives.push({ queries: [word.stem], prefix: true, weights: { prefix: weights.prefix, fuzzy: 0 } });
    }
    return this.anyOf(alternatives);
  }

  /**
   * Any of these queries, without the terms no job contains: MiniSearch would look each up in every field for
   * nothing. Scores are the same, as a term that is nowhere adds nothing. One is kept when none is left.
   */
  private anyOf(alternatives: Query[]): Query {
    const present = alternatives.filter((query) => {
      const term = termOf(query);
      return term === undefined || this.search.hasTerm(term);
    });
    return or(present.length ? present : alternatives.slice(0, 1));
  }

  /** Stems of the index's words within `distance` edits of `word`, closest and most frequent first. */
  private typoStems(word: string, distance: number): string[] {
    if (distance === 0) return [];
    const found = [...this.fuzzyMap().fuzzyGet(word, distance)]
      .map(([candidate, [entry, edits]]) => ({ candidate, entry, edits }))
      .sort((a, b) => a.edits - b.edits || b.entry.jobs - a.entry.jobs || (a.candidate < b.candidate ? -1 : 1));
    return [...new Set(found.map(({ entry }) => entry.stem))].slice(0, maxTypoCandidates);
  }

  /** The vocabulary as MiniSearch's radix tree, which finds the words within some edits of another. */
  private fuzzyMap(): SearchableMap<VocabularyEntry> {
    this.fuzzy ??= SearchableMap.from(this.vocabulary);
    return this.fuzzy;
  }

  /** The ids of the jobs that match the query tree, with their scores (MiniSearch's BM25+). */
  match(tree: Query): { id: string; score: number }[] {
    return this.search.search(tree) as { id: string; score: number }[];
  }

  /**
   * The visitor's words respelled with words of the index, for "did you mean": each word that finds nothing
   * alone is replaced by the closest word the jobs contain (up to two edits, three from nine letters), most
   * frequent first. Undefined when no word needs it or none is close.
   */
  respell(query: IndexedQuery): string | undefined {
    // A respelling of a long query would cost more than it helps: nobody means a paragraph of typos.
    if (query.groups.length > maxRespelledWords) return undefined;
    let changed = false;
    const words = query.groups.map((group) => {
      const typed = group.originals.join(' ');
      if (group.originals.length !== 1 || this.search.search(group.node).length > 0) return typed;
      const folded = textWords(typed)[0]?.folded;
      if (!folded) return typed;
      const word = analyseWord(folded).word;
      const distance = word.length >= 9 ? 3 : word.length >= 5 ? 2 : 1;
      const best = [...this.fuzzyMap().fuzzyGet(word, distance)]
        .map(([candidate, [entry, edits]]) => ({ candidate, entry, edits }))
        .sort((a, b) => a.edits - b.edits || b.entry.jobs - a.entry.jobs || (a.candidate < b.candidate ? -1 : 1))[0];
      if (!best) return typed;
      changed = true;
      return spelling(best.entry, best.candidate);
    });
    return changed ? words.join(' ') : undefined;
  }
}

/**
 * How the jobs write a word: the spelling of its base form first (`Erzieher` rather than `Erzieherinnen`), with a
 * capital (`Erzieher` rather than `erzieher`); ties by the spelling itself.
 */
function spelling(entry: VocabularyEntry, word: string): string {
  const base = (written: string) => (foldForSearch(written) === word ? 0 : 1);
  const capital = (written: string) => (/^\p{Lu}/u.test(written) ? 0 : 1);
  return [...entry.spellings].sort((a, b) => base(a) - base(b) || capital(a) - capital(b) || (a < b ? -1 : 1))[0]!;
}

/** The one term a query looks up as it is (not as a prefix), or undefined for a combination. */
function termOf(query: Query): string | undefined {
  if (typeof query === 'string') return query;
  if (typeof query !== 'object' || query.prefix || query.queries.length !== 1) return undefined;
  const [only] = query.queries;
  return typeof only === 'string' ? only : undefined;
}

/** The parts one level down (`maschinenbau`, `ingenieur`), not the parts of parts. */
function topParts(word: AnalysedWord): string[] {
  return word.parts.slice(0, 2);
}

const and = (queries: Query[]): Query => (queries.length === 1 ? queries[0]! : { combineWith: 'AND', queries });
const or = (queries: Query[]): Query => (queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries });
/** A term whose matches count `weight` times a match of the visitor's own word. */
const leaf = (term: string, weight: number): Query => (weight === 1 ? term : { queries: [term], boostTerm: () => weight });
