import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import { builtInSynonyms, SynonymTable } from '@wachstumsregion/domain/search';

/**
 * The operator's synonyms (`SEARCH_SYNONYMS`): lines in the built-in list's format, added to it. Read at start
 * (a missing file stops the server with the reason) and again whenever the file changes, so the project team
 * extends the search without a release or a restart.
 */
export function readSynonyms(path: string): SynonymTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`SEARCH_SYNONYMS: cannot read ${path}: ${(error as Error).message}`);
  }
  return new SynonymTable([...builtInSynonyms, ...text.split(/\r?\n/)]);
}

/**
 * Watches the file by its modification time (editors replace files rather than write them in place, which
 * `fs.watch` can miss) and hands each new table on; a file that cannot be read keeps the table in use.
 * Answers a function that stops watching.
 */
export function watchSynonyms(path: string, use: (table: SynonymTable) => void, log: FastifyBaseLogger, intervalMs = 5000): () => void {
  const listener = (current: { mtimeMs: number }, previous: { mtimeMs: number }) => {
    if (current.mtimeMs === previous.mtimeMs) return;
    try {
      const table = readSynonyms(path);
      use(table);
      report(table, path, log);
    } catch (error) {
      log.error({ err: error, path }, 'SEARCH_SYNONYMS could not be read; the search keeps the synonyms it had');
    }
  };
  watchFile(path, { interval: intervalMs, persistent: false }, listener);
  return () => unwatchFile(path, listener);
}

/** Logs what was taken, and each line that was not, with its number, so the team can mend it. */
export function report(table: SynonymTable, path: string, log: FastifyBaseLogger): void {
  for (const problem of table.problems) log.warn({ path, line: problem.line, text: problem.text }, `synonyms: line ${problem.line} ignored: ${problem.reason}`);
  log.info({ path, entries: table.entries }, 'synonyms in use');
}
