// @ts-check
import MagicString from 'magic-string';

/**
 * A Vite plugin for release builds that squeezes the whitespace of Lit's `html` and `svg` template literals: the
 * JavaScript minifier keeps every newline and indentation inside them, about a tenth of a widget's file. A run of
 * whitespace that holds a line break becomes one space, which renders the same in HTML text and attributes; runs
 * without a line break stay, and so does everything inside `${…}`. No template of ours sets `white-space: pre` on
 * literal text (the job description with `pre-line` is a binding, not literal text).
 * @returns {import('vite').Plugin}
 */
export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    apply: 'build',
    // After TypeScript is stripped, so the module parses as JavaScript, and before the tags are renamed.
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return undefined;
      const output = new MagicString(code);
      visit(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !['html', 'svg'].includes(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const squeezed = raw.replace(/[ \t]*\n\s*/g, ' ');
          if (squeezed !== raw) output.overwrite(quasi.start, quasi.end, squeezed);
        }
      });
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * Calls `enter` on every node of an ESTree, depth first.
 * @param {any} node
 * @param {(node: any) => void} enter
 * @returns {void}
 */
function visit(node, enter) {
  if (Array.isArray(node)) return node.forEach((child) => visit(child, enter));
  if (!node || typeof node.type !== 'string') return;
  enter(node);
  for (const key in node) if (key !== 'type' && typeof node[key] === 'object') visit(node[key], enter);
}
