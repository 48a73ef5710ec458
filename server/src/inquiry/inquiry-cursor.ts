import { createHash } from 'node:crypto';
import type { InquiryFilter, InquiryPosition } from '../store/inquiry-store.js';

type Order = 'oldest' | 'newest';

/** What a cursor was made for; a cursor used with other filters or another order would skip or repeat rows. */
function query(filter: InquiryFilter, order: Order): string {
  return createHash('sha256').update(JSON.stringify([filter.partner ?? '', filter.from ?? '', filter.to ?? '', order])).digest('base64url').slice(0, 12);
}

/** The `next` of a page: the last row answered and the query it belongs to, opaque to clients. */
export function encodeCursor(position: InquiryPosition, filter: InquiryFilter, order: Order): string {
  return Buffer.from(JSON.stringify([position.receivedAt, position.arrival, query(filter, order)])).toString('base64url');
}

/** The position a cursor names, or undefined when it is malformed or belongs to another query. */
export function decodeCursor(cursor: string, filter: InquiryFilter, order: Order): InquiryPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return undefined;
    const [receivedAt, arrival, made] = value as unknown[];
    if (typeof receivedAt !== 'string' || !Number.isSafeInteger(arrival) || made !== query(filter, order)) return undefined;
    return { receivedAt, arrival: arrival as number };
  } catch {
    return undefined;
  }
}
