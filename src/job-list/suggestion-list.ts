import { html, nothing } from 'lit';
import type { Texts } from '../core/i18n/translation.js';
import type { JobSuggestion } from '../core/types.js';

/** What the list shows: the suggestion controller's state, or nothing yet while its chunk has not come. */
export interface SuggestionList {
  readonly items: readonly JobSuggestion[];
  readonly open: boolean;
  readonly active: number;
}

/**
 * The listbox under the search field. Always in the DOM (hidden while closed), so the field's `aria-controls`
 * names an element; a press on it keeps focus in the field, so the list does not close before the click.
 */
export function renderSuggestions(t: Texts<'jobList'>, suggestions: SuggestionList | undefined, take: (suggestion: JobSuggestion) => void) {
  return html`<ul id="suggestions" part="suggestions" class="suggestions" role="listbox" aria-label=${t.jobList.suggestions} ?hidden=${!suggestions?.open}
    @mousedown=${(event: MouseEvent) => event.preventDefault()}>
    ${suggestions?.open
      ? suggestions.items.map(
          (suggestion, index) =>
            html`<li id="suggestion-${index}" part="suggestion" class="suggestion ${suggestion.kind}" role="option" aria-selected=${index === suggestions.active ? 'true' : 'false'}
              @click=${() => take(suggestion)}>
              <span class="suggestion-text">${highlight(suggestion)}</span>
              <span class="suggestion-meta">${t.jobList.suggestionKind[suggestion.kind]}, ${t.jobList.results(suggestion.jobs)}</span>
            </li>`,
        )
      : nothing}
  </ul>`;
}

/** The text with the typed parts in bold. Each piece is a Lit text binding: whatever the API sends stays text. */
export function highlight({ text, match }: JobSuggestion): unknown[] {
  const pieces: unknown[] = [];
  let at = 0;
  for (const [start, end] of [...match].sort((a, b) => a[0]! - b[0]!) as [number, number][]) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    if (from > at) pieces.push(text.slice(at, from));
    pieces.push(html`<b>${text.slice(from, end)}</b>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
