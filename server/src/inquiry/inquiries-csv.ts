import type { StoredInquiry } from '../store/inquiry-store.js';

const columns = ['id', 'receivedAt', 'name', 'email', 'phone', 'livesIn', 'partners', 'wish', 'field', 'message', 'locale'] as const;

/**
 * One CSV cell (RFC 4180). A text starting with =, +, - or @ gets a leading apostrophe, so a spreadsheet
 * opening the export does not run a formula a visitor typed into the form.
 */
function cell(value: unknown): string {
  let text = Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The inquiries as CSV with a header row, CRLF line ends and a BOM so that spreadsheets read UTF-8. */
export function inquiriesAsCsv(items: readonly StoredInquiry[]): string {
  const rows = [columns.join(','), ...items.map((item) => columns.map((column) => cell(item[column as keyof StoredInquiry])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
