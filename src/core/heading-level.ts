/**
 * `heading-level`: which level (2–6) a widget's own headings take, so that they fit the outline of the page
 * around it (a widget under an `h2` takes 3, the default). The widget's inner headings go one level deeper.
 * Drawn as `role="heading"` with `aria-level`, which screen readers and checkers read as `h2`–`h6`.
 */
export const headingLevelProperty = {
  type: Number,
  attribute: 'heading-level',
  converter: {
    // Anything but 2 to 6 is the widget's default: a typo must not break the page's outline.
    fromAttribute: (value: string | null) => {
      const level = Number(value);
      return Number.isInteger(level) && level >= 2 && level <= 6 ? level : undefined;
    },
  },
} as const;

/** The default level of a widget's headings: under the host page's `h2`. */
export const defaultHeadingLevel = 3;

/** The level of a heading inside one of that level, at most 6. */
export const innerLevel = (level: number) => Math.min(6, level + 1);
