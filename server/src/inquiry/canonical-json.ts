/** Deeper than any valid inquiry (two levels); a hostile body nested thousands deep must not exhaust the stack. */
const maxDepth = 32;

/**
 * JSON with object keys sorted, so two bodies that parse to the same value compare equal as text whatever the
 * order or spacing their senders used (the contract compares Idempotency-Key bodies "as parsed JSON").
 * Below `maxDepth` a placeholder stands in: such a body is invalid, so it never matches a stored (valid) one.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > maxDepth) return '"\u2026too deep"';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The body as compared for replays: `altcha` is left out, so a retry with a newly solved challenge replays. */
export function replayIdentity(body: unknown): string {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { altcha: _altcha, ...rest } = body as Record<string, unknown>;
    return canonicalJson(rest);
  }
  return canonicalJson(body);
}
