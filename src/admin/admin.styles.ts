import { css } from 'lit';
import { controlStyles } from '../core/controls.styles.js';
import { hostStyles } from '../core/styles.js';

/**
 * The widgets' tokens and controls, plus what the admin page adds: forms in a column, lists of records, a
 * toolbar, and status lines. Sizes in px and em like the widgets; the page's layout uses the viewport.
 */
export const adminStyles = [
  hostStyles,
  css`
    :host {
      --_accent: var(--_color-primary);
    }
  `,
  controlStyles,
  css`
    h1,
    h2,
    h3 {
      margin: 0 0 calc(var(--_space) * 0.75);
      line-height: 1.25;
    }

    h1 {
      font-size: 1.75em;
    }

    h2 {
      font-size: 1.3em;
    }

    h3 {
      font-size: 1.1em;
    }

    [tabindex='-1']:focus {
      outline: none;
    }

    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }

    p {
      margin: 0 0 calc(var(--_space) * 0.75);
    }

    .muted {
      color: var(--_color-muted);
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: calc(var(--_space) * 0.75);
      margin-block-end: var(--_space);
    }

    .toolbar .field {
      flex: 1 1 14em;
      margin: 0;
    }

    .field {
      display: grid;
      gap: 4px;
      margin-block-end: var(--_space);
    }

    .field label,
    legend {
      font-weight: 600;
    }

    .hint {
      color: var(--_color-muted);
      font-size: 0.9em;
    }

    .field-error {
      color: var(--_color-error);
      font-weight: 600;
    }

    [aria-invalid='true'] {
      border-color: var(--_color-error);
      border-width: 2px;
    }

    select.text-field {
      appearance: auto;
    }

    textarea.text-field {
      min-height: 7em;
      resize: vertical;
    }

    /* Each field spans four rows of the form's grid (label, control, hint, error), so the controls of a row line
       up even when one label wraps. */
    .form-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
      gap: 4px var(--_space);
    }

    .form-grid .field {
      grid-row: span 4;
      grid-template-rows: subgrid;
      align-items: end;
      gap: 4px;
    }

    .form-grid .field > .hint,
    .form-grid .field > .field-error {
      align-self: start;
    }

    .form-grid .wide {
      grid-column: 1 / -1;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      margin-block: var(--_space);
    }

    .button.danger {
      border-color: var(--_color-error);
      color: var(--_color-error);
    }

    .button.danger.primary {
      background: var(--_color-error);
      color: var(--_color-on-primary);
    }

    .button[disabled],
    .button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.7;
    }

    .records {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }

    .record {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 0.5) var(--_space);
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }

    .record[aria-current='true'] {
      border-color: var(--_accent);
      box-shadow: inset 4px 0 0 var(--_accent);
    }

    .record-text {
      flex: 1 1 18em;
      min-width: 0;
    }

    .record-title {
      margin: 0;
      font-weight: 600;
    }

    .record-meta {
      margin: 0;
      color: var(--_color-muted);
      font-size: 0.9em;
    }

    .record-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
    }

    .status {
      min-height: 1.5em;
      margin: 0 0 var(--_space);
    }

    .status:empty {
      margin: 0;
      min-height: 0;
    }

    .success {
      padding: calc(var(--_space) * 0.75);
      border: 1px solid #1e7b3a;
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
      color: #14532d;
    }

    dl {
      display: grid;
      grid-template-columns: minmax(7em, max-content) 1fr;
      gap: 6px var(--_space);
      margin: 0 0 var(--_space);
    }

    dt {
      font-weight: 600;
    }

    dd {
      margin: 0;
      white-space: pre-line;
    }

    @container (max-width: 30em) {
      dl {
        grid-template-columns: 1fr;
        gap: 0;
      }

      dd {
        margin-block-end: 8px;
      }
    }

    /* Feed addresses and error texts are long words: they wrap anywhere rather than widen the page. */
    .record-meta,
    dl.compact dd {
      overflow-wrap: anywhere;
    }

    dl.compact {
      grid-template-columns: minmax(5em, max-content) minmax(0, 1fr);
      gap: 2px calc(var(--_space) * 0.75);
      margin: 8px 0 0;
      font-size: 0.95em;
    }

    .ok {
      color: #14532d;
    }

    .failed {
      color: var(--_color-error);
    }

    /* The outbox counts as three tiles: the number large, its name above. */
    dl.counts {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
    }

    dl.counts > div {
      flex: 1 1 4em;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }

    dl.counts dd {
      font-size: 1.5em;
      font-weight: 700;
    }

    /* A wide table scrolls sideways inside its own box (focusable, so keys scroll it too), never the page. */
    .table-scroll {
      overflow-x: auto;
      margin-block-end: var(--_space);
    }

    /* As wide as its content asks (the box scrolls), at least as wide as the box. */
    table {
      width: max-content;
      min-width: 100%;
      border-collapse: collapse;
      font-size: 0.95em;
    }

    caption {
      padding-block-end: 6px;
      color: var(--_color-muted);
      text-align: start;
    }

    th,
    td {
      padding: 6px 10px;
      border-block-end: 1px solid var(--_color-border);
      text-align: start;
      vertical-align: top;
    }

    th {
      white-space: nowrap;
    }

    td:first-child {
      white-space: nowrap;
    }

    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }

    code {
      font-size: 0.95em;
    }

    .panel > .problem {
      margin-block-end: var(--_space);
    }

    .panel {
      padding: var(--_space);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }

    @media (prefers-reduced-motion: no-preference) {
      .button {
        transition: background-color 0.15s, color 0.15s;
      }
    }

    @media (forced-colors: active) {
      .record[aria-current='true'] {
        border: 3px solid Highlight;
      }
    }
  `,
];
