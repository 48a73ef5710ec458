// The same copy of axe that @open-wc/testing's `accessible()` loads; importing it registers `window.axe`.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** The rules of WCAG 2.2 levels A and AA, by axe's tags. */
export const wcag22aa: RunOptions['runOnly'] = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };

/**
 * What axe finds in an element and everything under it, shadow roots included: one line per rule and node, empty
 * when it finds nothing. `expect(el).to.be.accessible(options)` would not do: chai-a11y-axe hands axe only
 * `ignoredRules`, so a `runOnly` given there is dropped without a word and every rule runs.
 */
export async function axeViolations(context: Element, runOnly: RunOptions['runOnly'] = wcag22aa): Promise<string[]> {
  const { violations } = await window.axe.run(context, { runOnly, resultTypes: ['violations'] });
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? ''}): ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}
