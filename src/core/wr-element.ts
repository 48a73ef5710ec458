import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { resolveApiBase } from './config.js';
import { LocaleController } from './i18n/localize.js';
import type { SectionTexts } from './i18n/locales/index.js';
import type { Sections } from './i18n/translation.js';
import { hostStyles } from './styles.js';
import { VERSION } from './version.js';

/**
 * What every widget shares: the API base and client, the language and its dictionary, the theme tokens.
 * One level of inheritance, no mixins: widgets extend this and add their own properties and styles.
 *
 * @cssprop [--wr-color-primary=#0b5394] - Links, buttons, highlights.
 * @cssprop [--wr-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssprop [--wr-color-text=#1a1d21] - Body text.
 * @cssprop [--wr-color-muted=#545d69] - Secondary text.
 * @cssprop [--wr-color-surface=#ffffff] - Backgrounds.
 * @cssprop [--wr-color-border=#77808c] - Borders and input outlines.
 * @cssprop [--wr-color-error=#b42318] - Errors.
 * @cssprop [--wr-font-family=inherit] - The widget's font; the host page's by default.
 * @cssprop [--wr-font-size=16px] - The widget's base size; never follows the host's root font size.
 * @cssprop [--wr-radius=6px] - Corner radius.
 * @cssprop [--wr-space=16px] - Base spacing.
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

  /** The widget's own texts (`src/<widget>/i18n/`); its class redeclares `locale` with their type. */
  static texts?: SectionTexts<keyof Sections>;

  protected readonly locale: LocaleController = new LocaleController(this, (this.constructor as typeof WrElement).texts);

  /** Nothing is drawn before the dictionary of the page's language is there: no flash of the wrong language. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.locale.ready && super.shouldUpdate(changed);
  }

  /** Includes the wait for a language chunk, so `await el.updateComplete` means "drawn in its language". */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.settled;
    return super.getUpdateComplete();
  }

  /**
   * The API base in force for this element, or undefined when the webmaster has not set one. Data tasks take it
   * as an argument and call `ApiClient.for(base)`, which turns a missing base into a message, not a crash.
   */
  protected get apiBase(): string | undefined {
    return resolveApiBase(this);
  }
}
