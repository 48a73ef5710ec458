const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL as an absolute href when it is http, https or mailto; otherwise undefined. Every link we render from
 * API data or the page URL goes through here, so a `javascript:` or `data:` URL is never rendered.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return allowedProtocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A mailto: href for an address, or undefined when it does not look like one. */
export function mailtoUrl(address: unknown): string | undefined {
  if (typeof address !== 'string' || !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(address)) return undefined;
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;
}
