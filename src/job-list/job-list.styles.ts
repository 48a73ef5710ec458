import { css } from 'lit';

export const jobListStyles = css`
  :host {
    --_accent: var(--wr-job-list-accent, var(--_color-primary));
    --_item-background: var(--wr-job-list-item-background, var(--_color-surface));
    --_item-border: var(--wr-job-list-item-border, var(--_color-border));
  }

  section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: minmax(0, 1fr);
    padding: var(--_space);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    background: var(--_item-background);
  }

  @container (min-width: 560px) {
    .filters {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .search {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 900px) {
    .filters {
      grid-template-columns: 2fr repeat(3, minmax(0, 1fr));
    }
    .search {
      grid-column: auto;
    }
  }

  label {
    font-size: 0.875em;
  }

  .search {
    position: relative;
  }

  /* Over the results, as wide as the field; long titles wrap rather than widen a narrow column. */
  .suggestions {
    position: absolute;
    top: 100%;
    inset-inline: 0;
    z-index: 2;
    max-height: 24em;
    margin: 4px 0 0;
    padding: 4px 0;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
  }

  .suggestions[hidden] {
    display: none;
  }

  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 12px;
    min-height: 44px;
    padding: 10px 12px;
    border-inline-start: 4px solid transparent;
    cursor: pointer;
  }

  .suggestion:hover {
    background: color-mix(in srgb, var(--_accent) 6%, var(--_color-surface));
  }

  .suggestion[aria-selected='true'] {
    border-inline-start-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_color-surface));
  }

  .suggestion b {
    font-weight: 700;
  }

  .suggestion-meta {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px var(--_space);
  }

  .summary {
    margin: 0;
    min-height: 1.5em;
    font-weight: 600;
  }

  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }

  .sort .text-field {
    width: auto;
    max-width: 100%;
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: 2px;
    min-height: 104px;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    background: var(--_item-background);
  }

  .item:focus-within {
    border-color: var(--_accent);
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  /* A title is a target of its own, not a link in a sentence: 24px high at least (WCAG 2.5.8). */
  .title a {
    display: inline-block;
    min-height: 24px;
    text-decoration-thickness: 1px;
  }

  .title a:hover {
    text-decoration-thickness: 2px;
  }

  .employer,
  .meta {
    margin: 0;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  /* The separator ends the previous item, so a wrapped line never starts with one. */
  .meta span:not(:last-child)::after {
    content: '·';
    margin-inline-start: 12px;
  }

  /* A loading job has the lines of a real one, each a bar of text height, so the list keeps its height. */
  .placeholder span {
    display: inline-block;
    width: 60%;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_color-text) 10%, transparent);
  }

  .placeholder .title span {
    width: 70%;
    min-height: 24px;
  }

  /* In a narrow column most titles take two lines. */
  .placeholder .title span + span {
    display: none;
    width: 40%;
  }

  @container (width < 560px) {
    .placeholder .title span + span {
      display: block;
    }
  }

  .placeholder .employer span {
    width: 45%;
  }

  .placeholder .meta span::after {
    content: none;
  }

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }

  .empty p {
    margin: 0 0 8px;
  }

  .hints {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }

  .hints .button {
    max-width: 100%;
    text-align: start;
  }

  .pagination {
    min-height: 44px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 8px;
  }

  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .pagination button {
    min-width: 44px;
    min-height: 44px;
    padding: 0 10px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    cursor: pointer;
  }

  .pagination button[aria-current='page'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_color-on-primary);
    font-weight: 700;
  }

  .pagination button:disabled {
    cursor: default;
    opacity: 0.55;
  }

  .gap {
    align-self: center;
    padding: 0 4px;
  }

  @container (max-width: 420px) {
    .step-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  .details {
    width: min(720px, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  /*
   * Only the body scrolls, under the title bar: a control focused while scrolling back up can never end up
   * hidden behind the bar (WCAG 2.4.11), as it could behind a sticky one.
   */
  .details[open] {
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }

  .details::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .details-head {
    flex: none;
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space);
    border-bottom: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }

  /* A long German compound ("Berufsschullehrer") breaks rather than pushing the close button out at 320 px. */
  .details-title {
    flex: 1;
    min-width: 0;
    margin: 0;
    overflow-wrap: break-word;
    hyphens: auto;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .details-body {
    min-height: 0;
    overflow-y: auto;
    padding: var(--_space);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 8px var(--_space);
    margin: 0 0 var(--_space);
  }

  .facts dt {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
  }

  .description p {
    margin: 0 0 0.75em;
    white-space: pre-line;
  }

  .apply {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px var(--_space);
    margin-top: var(--_space);
  }

  .hint {
    flex-basis: 100%;
  }

  @media (forced-colors: active) {
    .pagination button[aria-current='page'] {
      border: 2px solid CanvasText;
    }
    .suggestion[aria-selected='true'] {
      border-inline-start-color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
