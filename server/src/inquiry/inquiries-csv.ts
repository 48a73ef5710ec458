import type { StoredInquiry } from '../store/inquiry-store.js';

const columns = ['id', 'receivedAt', 'name', 'email', 'phone', 'livesIn', 'partners', 'wish', 'field', 'message', 'locale'] as const;

/**
 * Everywhere a spreadsheet may start a cell inside our text: its start, and after a comma, a semicolon (German
 * Excel splits on `;`) or a line break, past any quotes, for a reader that splits a line without honouring our
 * quoting. A formula character there would make the cell a formula.
 */
const cellStarts = /(?<=^|[,;\r\n])("*)(?=[=+\-@\t\r])/g;

/**
 * One CSV cell (RFC 4180). Every place a reader may start a cell with `=`, `+`, `-`, `@`, tab or CR gets an
 * apostrophe first, so no spreadsheet runs a formula a visitor typed into the form, whichever separator it
 * reads; a cell holding a separator, a quote or a line break is quoted.
 */
function cell(value: unknown): string {
  const text = (Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value)).replace(cellStarts, "$1'");
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The inquiries as CSV with a header row, CRLF line ends and a BOM so that spreadsheets read UTF-8. */
export function inquiriesAsCsv(items: readonly StoredInquiry[]): string {
  const rows = [columns.join(','), ...items.map((item) => columns.map((column) => cell(item[column as keyof StoredInquiry])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
