// @ts-check
import { transform } from 'lightningcss';

/**
 * A Vite plugin for release builds that minifies the widgets' `css` template literals with Lightning CSS: the
 * JavaScript minifier leaves their whitespace and comments alone. A literal with `${…}` or a backslash is left as
 * it is (none today), so the browser parses exactly what the source says. Tests run the sources unminified.
 * @returns {import('vite').Plugin}
 */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return code.replace(/\bcss`([^`]*)`/g, (literal, /** @type {string} */ text) => {
        if (text.includes('${') || text.includes('\\')) return literal;
        const { code: minified } = transform({ filename: `${id}.css`, code: Buffer.from(text), minify: true });
        return `css\`${minified.toString()}\``;
      });
    },
  };
}
