/**
 * Every text a widget shows, per language. A locale file that misses a key does not compile. Texts that take a
 * number are functions, so each language can write its own plurals (through `plural()` and `Intl`).
 */
export interface Translation {
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

  readonly employmentType: Readonly<Record<'full-time' | 'part-time' | 'apprenticeship' | 'internship' | 'mini-job', string>>;
  readonly salaryPeriod: Readonly<Record<'hour' | 'month' | 'year', string>>;

  readonly jobList: {
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
  };
}
