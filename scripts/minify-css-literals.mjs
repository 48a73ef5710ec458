// @ts-check
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

/**
 * A Vite plugin for release builds that minifies the widgets' `css` template literals with Lightning CSS: the
 * JavaScript minifier leaves their whitespace and comments alone. A literal with `${…}` or a backslash is left as
 * it is (none today), so the browser parses exactly what the source says. Tests run the sources unminified.
 * The source map keeps each literal's bytes on its styles file, so `bench/sizes.mjs` can say what CSS costs.
 * @returns {import('vite').Plugin}
 */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const output = new MagicString(code);
      for (const literal of code.matchAll(/\bcss`([^`]*)`/g)) {
        const text = literal[1] ?? '';
        if (text.includes('${') || text.includes('\\')) continue;
        const { code: minified } = transform({ filename: `${id}.css`, code: Buffer.from(text), minify: true });
        const start = (literal.index ?? 0) + 'css`'.length;
        output.overwrite(start, start + text.length, minified.toString());
      }
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}
