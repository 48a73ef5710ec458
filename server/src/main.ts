import { buildApp } from './app.js';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty } from './db/seed.js';
import { startMaintenance } from './maintenance/schedule.js';

/** Starts the server from the environment; SIGTERM and SIGINT let running requests finish, then close. */
async function main(): Promise<void> {
  const config = configFromEnv();
  const db = openDatabase(config.databasePath);
  const { app, region, inquiries, audit, backups } = await buildApp({ config, db });
  if (seedIfEmpty(region, config.seed)) app.log.info({ partners: region.partners.length, jobs: region.jobs.length }, 'seeded the demo data');
  if (!config.adminToken) app.log.warn('ADMIN_TOKEN is not set: the admin API is switched off');
  const stopMaintenance = startMaintenance({ inquiries, audit, backups, retentionDays: config.retentionDays, backupIntervalHours: config.backupIntervalHours, log: app.log });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing: finishing running requests');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    stopMaintenance();
    await app.close();
    db.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  // Printed plainly as well as logged, so whoever ran `npm start` sees where to go (and tests can read it).
  const shown = address.replace('://0.0.0.0', '://localhost').replace('://[::]', '://localhost');
  process.stdout.write(`\nWachstumsregion Dresden server listening: open ${shown}/  (API ${shown}/v1, reference ${shown}/api/)\n\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
