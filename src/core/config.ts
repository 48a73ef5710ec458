/** Settings a JavaScript user may change with `configure()`; a webmaster never needs to. */
export interface WidgetConfig {
  /** Base URL of the API, version included (`https://api.example.org/v1`); relative to the page if relative. */
  api?: string;
  /** Language when neither the element nor the page names one. */
  lang?: string;
  /** Milliseconds before one request is given up. */
  timeout: number;
  /** How often a failed request is tried again (network errors, 5xx; for sends also timeouts). */
  retries: number;
  /** Milliseconds before the first retry; each further retry waits twice as long. */
  retryDelay: number;
  /** Milliseconds after which a widget tells the visitor it is still loading. */
  slowAfter: number;
}

const defaults: WidgetConfig = { timeout: 10_000, retries: 3, retryDelay: 500, slowAfter: 3_000 };
let current: WidgetConfig = { ...defaults };

/** Changes settings for every widget on the page. Returns the settings now in force. */
export function configure(changes: Partial<WidgetConfig>): Readonly<WidgetConfig> {
  current = { ...current, ...changes };
  return current;
}

/** Puts every setting back to its default (for tests and single-page apps that reset). */
export function resetConfiguration(): void {
  current = { ...defaults };
}

export function getConfig(): Readonly<WidgetConfig> {
  return current;
}

/**
 * The script tag that loaded the widgets: the one whose `src` is this module's bundle, else one that names our
 * bundle or loader and carries data attributes. Read when asked, not at import, so a tag added later counts.
 */
export function findOwnScript(doc: Document = document): HTMLScriptElement | undefined {
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')];
  return (
    scripts.find((script) => script.src === import.meta.url) ??
    scripts.find((script) => /\bwr-(widgets|loader)[^/]*\.js\b/.test(script.src) && (script.dataset.api || script.dataset.lang))
  );
}

/**
 * The API base for an element: its own `api` attribute, else `data-api` on our script tag, else `configure()`.
 * Relative bases resolve against the page. Undefined when none is set: the widget says so instead of throwing.
 */
export function resolveApiBase(element: Element): string | undefined {
  const raw = element.getAttribute('api') ?? findOwnScript(element.ownerDocument)?.dataset.api ?? current.api;
  if (!raw || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim(), element.ownerDocument.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
