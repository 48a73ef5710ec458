import { LitElement } from 'lit';
import { LocaleController } from '../core/i18n/localize.js';
import { adminTexts, type AdminText } from './admin-text.js';
import { adminStyles } from './admin.styles.js';

/**
 * What every part of the admin page shares: its words in the page's language (following `<html lang>` as the
 * widgets do, so the language switch re-renders everything) and its styles.
 */
export class AdminElement extends LitElement {
  static override styles = adminStyles;

  protected readonly locale = new LocaleController(this);

  protected get t(): AdminText {
    return adminTexts[this.locale.lang];
  }
}
