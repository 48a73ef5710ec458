import { css } from 'lit';

export const commuteFinderStyles = css`
  :host {
    --_accent: var(--wr-commute-finder-accent, var(--_color-primary));
    --_background: var(--wr-commute-finder-background, var(--_color-surface));
    --_border: var(--wr-commute-finder-border, var(--_color-border));
  }

  .finder,
  .results {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .form {
    display: grid;
    gap: calc(var(--_space) * 0.75) var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  @container (min-width: 560px) {
    .form {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 900px) {
    .form {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  label,
  legend {
    font-weight: 600;
    font-size: 0.875em;
  }

  /* The legend floats so that it sits inside the grid like a label. */
  legend {
    float: left;
    width: 100%;
    margin-bottom: 2px;
    padding: 0;
  }

  .field {
    display: grid;
    gap: 4px;
    align-content: start;
    min-width: 0;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    font-size: 1em;
    font-weight: 400;
    cursor: pointer;
  }

  .choice input {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--_accent);
  }

  .submit {
    grid-column: 1 / -1;
    margin: 0;
  }

  .summary {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .summary:focus {
    outline: none;
  }

  .summary:focus-visible {
    outline: 3px solid var(--_accent);
  }

  .order,
  .unknown,
  .kind {
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: rank;
  }

  @container (min-width: 720px) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .item {
    display: grid;
    align-content: start;
    gap: 4px;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    counter-increment: rank;
  }

  .item.chosen {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 10px;
  }

  .head::before {
    content: counter(rank);
    display: inline-grid;
    place-items: center;
    min-width: 28px;
    height: 28px;
    border-radius: 14px;
    background: var(--_accent);
    color: var(--_color-on-primary);
    font-weight: 700;
    font-size: 0.875em;
  }

  .town {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .name,
  .link {
    min-height: 44px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    letter-spacing: normal;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .name {
    font-weight: 700;
  }

  .name[aria-pressed='true']::after {
    content: ' ✓';
    text-decoration: none;
  }

  .reasons,
  .description,
  .links,
  .relax p {
    margin: 0;
  }

  .reasons {
    font-weight: 600;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }

  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  .relax {
    display: grid;
    gap: 8px;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .relax ul {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .placeholder {
    min-height: 240px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 6%, var(--_color-surface));
  }

  @media (forced-colors: active) {
    .head::before {
      border: 1px solid CanvasText;
    }
    /* Buttons drawn as links stay links beside the real ones, not the theme's button text. */
    .name,
    .link {
      color: LinkText;
    }
  }
`;
