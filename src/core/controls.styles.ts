import { css } from 'lit';

/**
 * Links, focus rings, buttons, text fields and status boxes as every widget draws them, so a designer themes them once. Each
 * widget sets `--_accent` on its host from its own public token (e.g. `--wr-job-list-accent`).
 */
export const controlStyles = css`
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 10px;
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    letter-spacing: normal;
    text-transform: none;
    text-decoration: none;
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_color-on-primary);
  }

  .text-field {
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 8px 10px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    letter-spacing: normal;
    text-transform: none;
  }

  /* A status line (still loading) and a problem with its retry button. */
  .notice,
  .problem {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    border-color: var(--_color-error);
    color: var(--_color-error);
  }

  .problem p {
    margin: 0;
    flex: 1 1 16em;
  }

  @media (forced-colors: active) {
    .button.primary {
      border: 2px solid CanvasText;
    }
  }
`;
