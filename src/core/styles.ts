import { css } from 'lit';

/**
 * The global design tokens with their defaults (all meet WCAG AA on the default surface), read into private
 * `--_*` values, and a reset of the text styles a host page would otherwise pass down into the widget.
 * Sizes are in px and em, never rem: a CMS with `html { font-size: 62.5% }` must not shrink the widget.
 */
export const hostStyles = css`
  :host {
    --_color-primary: var(--wr-color-primary, #0b5394);
    --_color-on-primary: var(--wr-color-on-primary, #ffffff);
    --_color-text: var(--wr-color-text, #1a1d21);
    --_color-muted: var(--wr-color-muted, #545d69);
    --_color-surface: var(--wr-color-surface, #ffffff);
    --_color-border: var(--wr-color-border, #77808c);
    --_color-error: var(--wr-color-error, #b42318);
    --_radius: var(--wr-radius, 6px);
    --_space: var(--wr-space, 16px);

    display: block;
    box-sizing: border-box;
    /* The widget is its own container for layout; the width keeps it from collapsing, as size-contained
       elements otherwise do in a host's flex row. A width the webmaster sets on the element wins. */
    container-type: inline-size;
    width: 100%;
    color: var(--_color-text);
    font-family: var(--wr-font-family, inherit);
    font-size: var(--wr-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-decoration: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  :host([hidden]) {
    display: none;
  }

  /* Not "inherit": a host page's "* { box-sizing: content-box }" reaches the host element (outer rules beat
     :host) and would push every full-width field out of a narrow column. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Text only screen readers hear, such as the live region's announcements. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
