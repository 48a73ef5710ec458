import { LitElement, type PropertyDeclarations } from 'lit';
import { resolveApiBase } from './config.js';
import { LocaleController } from './i18n/localize.js';
import { hostStyles } from './styles.js';
import { VERSION } from './version.js';

/**
 * What every widget shares: the API base and client, the language and its dictionary, the theme tokens.
 * One level of inheritance, no mixins: widgets extend this and add their own properties and styles.
 */
export class WrElement extends LitElement {
  /** The release that defined the tag; a second copy of another release on the page only warns. */
  static readonly version = VERSION;

  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    api: { type: String },
  };

  /** Base URL of the API with its version (`https://api.example.org/v1`); else `data-api` on the script tag. */
  declare api: string | undefined;

  protected readonly locale = new LocaleController(this);

  /**
   * The API base in force for this element, or undefined when the webmaster has not set one. Data tasks take it
   * as an argument and call `ApiClient.for(base)`, which turns a missing base into a message, not a crash.
   */
  protected get apiBase(): string | undefined {
    return resolveApiBase(this);
  }
}
