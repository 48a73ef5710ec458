/**
 * What every text in a request body must be before the server stores it: no C0 or C1 control characters but tab,
 * and line breaks only in the fields the contract reads as multi-line text (`message`, `description`); then NFC,
 * so that a name typed as `ä` on one device and as `a` + combining diaeresis on another is one name. Control
 * characters would break CSV exports and mail headers, and PostgreSQL refuses NUL in text.
 */

/** Fields whose text may run over several lines, wherever they sit (`description.de` of a partner too). */
const multiLineFields = new Set(['message', 'description']);

/** U+0000–U+001F and U+007F–U+009F, but tab; line feed and carriage return are checked on their own. */
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const lineBreak = /[\n\r]/;

/** A text the server refuses; the message names the field by its path in the body. */
export class RequestTextError extends Error {
  readonly statusCode = 400;
}

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Checks every string of a parsed JSON body and puts it in NFC, in place; throws `RequestTextError` on the first
 * bad one. Walked with a list rather than recursion: a hostile body may nest thousands of arrays deep.
 */
export function cleanRequestText(body: unknown): void {
  const pending: { value: unknown; path: string; multiLine: boolean }[] = [{ value: body, path: 'body', multiLine: false }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, multiLine } = next;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') value[index] = cleaned(item, `${path}/${index}`, multiLine);
        else pending.push({ value: item, path: `${path}/${index}`, multiLine });
      });
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        const inner = multiLine || multiLineFields.has(key);
        if (typeof item === 'string') record[key] = cleaned(item, `${path}/${key}`, inner);
        else pending.push({ value: item, path: `${path}/${key}`, multiLine: inner });
      }
    }
  }
}

function cleaned(text: string, path: string, multiLine: boolean): string {
  const bad = control.exec(text);
  if (bad) throw new RequestTextError(`${path} contains the control character ${codePoint(bad[0])}; only tab and, in ${[...multiLineFields].join(' and ')}, line breaks are allowed.`);
  if (!multiLine && lineBreak.test(text)) throw new RequestTextError(`${path} must be one line (line breaks are allowed in ${[...multiLineFields].join(' and ')} only).`);
  return text.normalize('NFC');
}
