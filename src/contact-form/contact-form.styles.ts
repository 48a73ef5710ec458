import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    --_accent: var(--wr-contact-form-accent, var(--_color-primary));
    --_background: var(--wr-contact-form-background, var(--_color-surface));
    --_border: var(--wr-contact-form-border, var(--_color-border));
  }

  .form,
  .confirmation {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  @container (min-width: 480px) {
    .form,
    .confirmation {
      padding: calc(var(--_space) * 1.5);
    }
  }

  p {
    margin: 0;
  }

  .pair {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  /* Side by side, label, hint, input and error share rows, so the inputs line up whether or not a field has a hint. */
  @container (min-width: 560px) {
    .pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-rows: repeat(4, auto);
      gap: 0 calc(var(--_space) * 1.25);
    }
    .pair > .field {
      grid-row: span 4;
      grid-template-rows: subgrid;
      gap: 0;
    }
    .pair label {
      grid-row: 1;
      margin-bottom: 4px;
    }
    .pair .hint {
      grid-row: 2;
      margin-bottom: 4px;
    }
    .pair input {
      grid-row: 3;
      align-self: end;
    }
    .pair .error {
      grid-row: 4;
      margin-top: 4px;
    }
  }

  /* Fieldsets too. */
  .field {
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    font-weight: 600;
    float: left;
    width: 100%;
    margin-bottom: 4px;
    padding: 0;
  }

  /* The legend floats so that it sits inside the grid; what follows starts below it. */
  legend + * {
    clear: both;
  }

  .optional {
    color: var(--_color-muted);
    font-weight: 400;
  }

  textarea {
    min-height: 8em;
    resize: vertical;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_color-error);
  }

  .group[aria-invalid='true'] .choices {
    border-inline-start: 3px solid var(--_color-error);
    padding-inline-start: 10px;
  }

  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 4px var(--_space);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    min-height: 44px;
    padding: 10px 0;
  }

  .choices.pending {
    position: relative;
  }

  .choice.placeholder::before {
    content: '';
    width: 22px;
    height: 22px;
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  .over {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 10px 0;
    background: var(--_color-surface);
  }

  .choice input {
    flex: none;
    width: 22px;
    height: 22px;
    margin: 1px 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .choice label {
    font-weight: 400;
    cursor: pointer;
  }

  .consent {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }

  .consent .choice {
    padding-top: 0;
  }

  .consent .hint {
    padding-inline-start: 32px;
  }

  .error {
    display: flex;
    gap: 6px;
    color: var(--_color-error);
    font-weight: 600;
    font-size: 0.9375em;
  }

  .error::before {
    content: '!';
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.125em;
    border-radius: 50%;
    background: var(--_color-error);
    color: var(--_color-surface);
    font-size: 0.875em;
    line-height: 1;
  }

  .summary {
    padding: var(--_space);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .summary:focus {
    outline: 3px solid var(--_color-error);
    outline-offset: 2px;
  }

  .summary-title {
    margin-bottom: 8px;
    font-weight: 700;
    font-size: 1.125em;
    color: var(--_color-error);
  }

  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .summary li + li {
    margin-top: 4px;
  }

  .summary a {
    color: var(--_color-error);
    font-weight: 600;
  }

  /* The form's boxes stand out more than the lists' do: a tinted notice, a heavier problem border. */
  .notice {
    border: 0;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 0;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_color-surface));
  }

  .problem {
    border-width: 2px;
    background: var(--_color-surface);
  }

  .problem .kept {
    color: var(--_color-text);
  }

  .problem.inline {
    border-width: 1px;
  }

  /* The honeypot: off-screen for people, out of the tab order, still in the form for bots. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .button.primary {
    min-width: min(100%, 14em);
    padding: 10px 24px;
    font-size: 1.0625em;
  }

  @container (max-width: 420px) {
    .button.primary {
      width: 100%;
    }
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: spin 0.8s linear infinite;
    }
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .confirmation {
    border-inline-start: 6px solid var(--_accent);
  }

  .confirmation:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .sent-title {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .sent-title::before {
    content: '✓';
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_color-on-primary);
    font-size: 0.875em;
    line-height: 1;
  }

  .reference {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.0625em;
    letter-spacing: 0.02em;
    white-space: nowrap;
    hyphens: none;
  }

  .confirmation .button {
    justify-self: start;
  }

  @media (forced-colors: active) {
    .error::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
