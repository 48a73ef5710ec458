import { defineElement } from '../core/define.js';
import { TownMap } from './town-map.js';

defineElement('wr-town-map', TownMap);

declare global {
  interface HTMLElementTagNameMap {
    'wr-town-map': TownMap;
  }
}
