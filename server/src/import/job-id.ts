import { createHash } from 'node:crypto';

/**
 * The id of an imported job, derived from its source and its id there: the same opening keeps the same id on
 * every import (links to it stay valid), and two sources can never collide. Readable prefix, hashed tail:
 * `ba-jobsuche-10001-1001234567-s-3f9a0c1b2d`, within the contract's JobId (`[A-Za-z0-9._~-]`, 128).
 */
export function importedJobId(source: string, externalId: string): string {
  const slug = (text: string, max: number) =>
    text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
  const hash = createHash('sha256').update(source).update('\0').update(externalId).digest('hex').slice(0, 12);
  return [slug(source, 32), slug(externalId, 64), hash].filter(Boolean).join('-');
}
