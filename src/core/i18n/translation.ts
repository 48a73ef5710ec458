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
}
