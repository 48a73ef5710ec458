import { defineElement } from '../core/define.js';
import { JobList } from './job-list.js';

defineElement('wr-job-list', JobList);

declare global {
  interface HTMLElementTagNameMap {
    'wr-job-list': JobList;
  }
}
