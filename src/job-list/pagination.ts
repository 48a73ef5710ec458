import { html, nothing } from 'lit';
import type { Texts } from '../core/i18n/translation.js';
import type { JobPage } from '../core/types.js';

/** The page numbers to offer: the first, the last, and two either side of the current one; gaps as null. */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((page) => page >= 1 && page <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? [null, page] : [page]));
}

/** Page navigation with real buttons; the current page is marked for screen readers. */
export function renderPagination(t: Texts<'jobList'>, page: JobPage, goTo: (page: number) => void) {
  const pages = Math.ceil(page.total / page.pageSize);
  if (pages <= 1) return nothing;
  return html`<nav part="pagination" class="pagination" aria-label=${t.jobList.pagination}>
    <button type="button" class="step" ?disabled=${page.page <= 1} @click=${() => goTo(page.page - 1)}>
      <span aria-hidden="true">‹</span> <span class="step-label">${t.jobList.previous}</span>
    </button>
    <ul>
      ${pageWindow(page.page, pages).map((number) =>
        number === null
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button type="button" aria-label=${t.jobList.pageLabel(number)} aria-current=${number === page.page ? 'page' : 'false'} @click=${() => goTo(number)}>${number}</button>
            </li>`,
      )}
    </ul>
    <button type="button" class="step" ?disabled=${page.page >= pages} @click=${() => goTo(page.page + 1)}>
      <span class="step-label">${t.jobList.next}</span> <span aria-hidden="true">›</span>
    </button>
  </nav>`;
}
