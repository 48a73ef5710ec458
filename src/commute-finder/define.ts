import { defineElement } from '../core/define.js';
import { CommuteFinder } from './commute-finder.js';

defineElement('wr-commute-finder', CommuteFinder);

declare global {
  interface HTMLElementTagNameMap {
    'wr-commute-finder': CommuteFinder;
  }
}
