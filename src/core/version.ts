/** The package version, compared when a page loads two copies of the widgets (checked against package.json in `npm test`). */
export const VERSION = '0.1.0';
