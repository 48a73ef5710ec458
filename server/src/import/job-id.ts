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

/** The hashed tail `importedJobId` ends in: ids of this shape belong to imports. */
const importedTail = /-[0-9a-f]{12}$/;

/**
 * Whether a job written through the admin API would sit on an id an import may derive, and so make that import
 * fail ("would replace the job of another source") for every partner it feeds. Such an id is only for the
 * job it is derived from: the same `source` and `externalId`, which the import updates as its own.
 */
export function takesImportedId(job: { id: string; source?: string; externalId?: string }): boolean {
  if (!importedTail.test(job.id)) return false;
  return job.source === undefined || job.externalId === undefined || importedJobId(job.source, job.externalId) !== job.id;
}
