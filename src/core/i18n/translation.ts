/**
 * The texts every widget shares, per language (`src/core/i18n/locales/<lang>.ts`). A locale file that misses a key
 * does not compile. Texts that take a number are functions, so each language can write its own plurals (through
 * `plural()` and `Intl`).
 */
export interface CommonTexts {
  /** BCP 47 tag of the dictionary, handed to `Intl`. */
  readonly locale: string;
  /** The language's own name, for language pickers. */
  readonly languageName: string;

  readonly missingApi: string;
  readonly loading: string;
  readonly stillLoading: string;
  readonly retry: string;
  readonly errorNetwork: string;
  readonly errorTimeout: string;
  readonly errorServer: string;
  readonly errorInvalid: string;
  readonly errorNotFound: string;
  readonly errorForbidden: string;
  readonly errorRateLimited: (seconds: number | undefined) => string;
}

/**
 * Each widget's own texts, in a file of its own per language (`src/<widget>/i18n/<lang>.ts`), so a page downloads
 * the words of the widgets it shows only.
 */
export interface Sections {
  readonly jobList: {
    readonly employmentType: Readonly<Record<'full-time' | 'part-time' | 'apprenticeship' | 'internship' | 'mini-job', string>>;
    readonly salaryPeriod: Readonly<Record<'hour' | 'month' | 'year', string>>;
    readonly label: string;
    readonly filters: string;
    readonly search: string;
    readonly searchHint: string;
    readonly partner: string;
    readonly category: string;
    readonly type: string;
    readonly any: string;
    readonly wholeDistrict: (name: string) => string;
    readonly option: (label: string, count: number | undefined) => string;
    readonly results: (count: number) => string;
    readonly resultsFor: (count: number, page: number, pages: number) => string;
    readonly empty: string;
    readonly emptyHint: string;
    readonly resetFilters: string;
    readonly published: (relative: string) => string;
    readonly pagination: string;
    readonly previous: string;
    readonly next: string;
    readonly pageLabel: (page: number) => string;
    readonly close: string;
    readonly employer: string;
    readonly location: string;
    readonly salary: string;
    readonly validThrough: string;
    readonly applyOnline: string;
    readonly applyByEmail: string;
    readonly applyHint: string;
    readonly gone: string;
    readonly goneHint: string;
    readonly backToList: string;
    readonly partialError: string;
    /** The label of the order choice and its two orders. */
    readonly sort: string;
    readonly sorts: Readonly<Record<'relevance' | 'newest', string>>;
    /** What an empty result offers instead of a dead end: the respelled words, and one filter lifted. */
    readonly didYouMean: (q: string, count: number) => string;
    readonly withoutFilter: Readonly<Record<'partner' | 'category' | 'type', (count: number) => string>>;
    /** The name of the suggestion list, and the kind of a suggestion in it. */
    readonly suggestions: string;
    readonly suggestionKind: Readonly<Record<'occupation' | 'title', string>>;
  };

  readonly townMap: {
    readonly label: string;
    readonly showList: string;
    readonly minutes: (minutes: number) => string;
    readonly byTrain: (minutes: number, to: string) => string;
    readonly byCar: (minutes: number, to: string) => string;
    readonly shortTrain: (minutes: number) => string;
    readonly shortCar: (minutes: number) => string;
    readonly jobs: (count: number) => string;
    readonly kind: Readonly<Record<'city' | 'town' | 'district', string>>;
    readonly inDistrict: (district: string) => string;
    readonly commuteTo: (to: string) => string;
    readonly train: string;
    readonly car: string;
    readonly jobCount: string;
    readonly contact: string;
    readonly email: string;
    readonly phone: string;
    readonly website: (name: string) => string;
    readonly jobsIn: (name: string) => string;
    readonly clear: string;
    readonly legendTrain: string;
    readonly legendCar: string;
    readonly empty: string;
    readonly tilesOffer: (provider: string) => string;
    readonly tilesButton: (provider: string) => string;
    readonly tilesOff: string;
    readonly tilesLoading: string;
    readonly tilesFailed: string;
    readonly tilesAttribution: (attribution: string) => string;
    /** The real map's name for assistive technology, with the keys that move it. */
    readonly tilesMap: string;
    readonly zoomIn: string;
    readonly zoomOut: string;
  };

  readonly contactForm: {
    readonly label: string;
    readonly intro: string;
    readonly optional: string;
    readonly name: string;
    readonly email: string;
    readonly emailHint: string;
    readonly phone: string;
    readonly livesIn: string;
    readonly livesInHint: string;
    readonly partners: string;
    readonly partnersHint: string;
    readonly wish: string;
    readonly wishes: Readonly<Record<'live' | 'work' | 'both', string>>;
    readonly field: string;
    readonly fieldHint: string;
    readonly message: string;
    readonly messageHint: string;
    readonly consent: string;
    readonly recipients: (offices: string) => string;
    readonly recipientsNone: string;
    readonly privacy: string;
    readonly privacyLink: string;
    readonly honeypot: string;
    readonly submit: string;
    readonly sending: string;
    readonly draftRestored: string;
    readonly summary: (count: number) => string;
    readonly required: Readonly<Record<'name' | 'email' | 'partners' | 'wish' | 'consent', string>>;
    readonly emailInvalid: string;
    readonly phoneInvalid: string;
    readonly tooLong: (label: string, max: number) => string;
    readonly invalid: (label: string) => string;
    readonly unknownPartner: string;
    readonly challengeFailed: string;
    readonly otherField: (field: string) => string;
    readonly failedNetwork: string;
    readonly failedTimeout: string;
    readonly failedServer: string;
    readonly failedForbidden: string;
    readonly failedConflict: string;
    readonly failedRateLimited: (seconds: number | undefined) => string;
    readonly keptHint: string;
    readonly sendAgain: string;
    readonly sent: string;
    readonly reference: string;
    readonly sentHint: (offices: string) => string;
    readonly another: string;
  };

  readonly commuteFinder: {
    readonly label: string;
    readonly ask: string;
    readonly asks: Readonly<Record<'home' | 'work', string>>;
    readonly work: string;
    readonly live: string;
    readonly anywhere: string;
    readonly pick: string;
    readonly by: string;
    readonly modes: Readonly<Record<'train' | 'car' | 'any', string>>;
    readonly max: string;
    readonly minutes: (minutes: number) => string;
    readonly kind: string;
    readonly kinds: Readonly<Record<'' | 'city' | 'town', string>>;
    readonly kindOf: Readonly<Record<'city' | 'town' | 'district', string>>;
    readonly field: string;
    readonly anyField: string;
    readonly show: string;
    readonly found: (count: number) => string;
    readonly order: Readonly<Record<'way' | 'jobs' | 'near', string>>;
    /** "34 Min. mit der Bahn nach Dresden"; `from` for the way from the visitor's home. */
    readonly to: (minutes: number, mode: 'train' | 'car', place: string) => string;
    readonly from: (minutes: number, mode: 'train' | 'car', place: string) => string;
    /** Appended when the way back takes another time. */
    readonly back: (minutes: number) => string;
    readonly here: Readonly<Record<'home' | 'work', string>>;
    readonly jobs: (count: number, inField: boolean) => string;
    readonly near: (count: number, minutes: number, inField: boolean) => string;
    readonly tie: (name: string) => string;
    readonly unknown: (names: string) => string;
    readonly none: string;
    readonly relax: string;
    readonly relaxMax: (minutes: number, from: number) => string;
    readonly relaxBy: string;
    readonly relaxKind: string;
    readonly relaxField: string;
    readonly places: (count: number) => string;
    readonly noRelax: string;
    readonly pickLive: string;
    readonly jobsIn: (name: string) => string;
    readonly website: (name: string) => string;
    readonly empty: string;
  };
}

/** What a widget reads: the shared texts and its own section (`t.jobList`). */
export type Texts<S extends keyof Sections = never> = CommonTexts & Pick<Sections, S>;
