import { css } from 'lit';

/**
 * Links, focus rings, buttons, fields and status boxes as every widget draws them, so a designer themes them once
 * and a new widget gets them by adding `controlStyles` to its styles. Each widget sets `--_accent` on its host from
 * its own public token (e.g. `--wr-job-list-accent`).
 *
 * Form controls take the widget's font; their other text styles the browser already resets, and nothing of the
 * host page reaches into the shadow root but what is inherited, which the host styles reset.
 */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
  }

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
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_color-on-primary);
  }

  /* A square button with a sign: a dialog's or panel's ×, the real map's + and −. */
  .icon-button {
    flex: none;
    width: 44px;
    height: 44px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }

  /* A label with its input, hint and error. */
  .field {
    display: grid;
    gap: 4px;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
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

  /* A placeholder breathes while it waits for data, unless the visitor asked for less motion. */
  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.6;
    }
  }
`;
