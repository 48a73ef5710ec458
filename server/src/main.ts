import { systemClock } from '@wachstumsregion/domain/clock';
import { buildApp } from './app.js';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty } from './db/seed.js';
import { startImportSchedule } from './import/scheduled-imports.js';
import { startMaintenance } from './maintenance/schedule.js';
import { outboxWorker, startOutboxWorker } from './mail/outbox-worker.js';
import { smtpSender } from './mail/transport.js';
import { Outbox } from './store/outbox.js';
import { TaskClaims } from './store/task-claims.js';

/** Starts the server from the environment; SIGTERM and SIGINT let running requests finish, then close. */
async function main(): Promise<void> {
  const config = configFromEnv();
  const clock = systemClock;
  const database = await openDatabase(config.database, {
    clock,
    poolMax: config.databasePoolMax,
    // Printed as it happens: the server waits for PostgreSQL rather than dying and being restarted in a loop.
    onUnreachable: (message, retryInMs) => console.error(`${message}; trying again in ${Math.round(retryInMs / 1000)} s`),
  });
  const { app, region, inquiries, audit, backups, imports } = await buildApp({ config, database, clock });
  if (await seedIfEmpty(region, config.seed, clock.now())) app.log.info({ partners: region.partners.length, jobs: region.jobs.length }, 'seeded the demo data');
  if (!config.adminToken) app.log.warn('ADMIN_TOKEN is not set: the admin API is switched off');
  // Without SMTP_URL the outbox still fills, so nothing is lost while mail is being set up.
  let stopMail = async () => {};
  if (config.smtpUrl) {
    const sender = smtpSender(config.smtpUrl, config.mailFrom);
    const partnerName = (id: string) => region.partners.find((partner) => partner.id === id)?.name ?? id;
    const worker = outboxWorker({ outbox: new Outbox(database), audit, send: sender.send, partnerName, log: app.log, giveUpAfterMs: config.mailGiveUpHours * 60 * 60 * 1000, clock });
    const stopWorker = startOutboxWorker(worker, config.mailIntervalSeconds * 1000, app.log);
    // The offices are told at once rather than at the next tick: a stored inquiry starts a run after its answer.
    app.addHook('onResponse', async (request, reply) => {
      if (request.method === 'POST' && reply.statusCode === 201 && request.routeOptions.url === '/v1/inquiries') {
        worker.deliverDue().catch((error: unknown) => app.log.error({ err: error }, 'outbox run failed'));
      }
    });
    // A mail being sent is let finish, so its row is marked before the database closes (else it goes out twice).
    stopMail = async () => {
      stopWorker();
      await worker.idle();
      sender.close();
    };
  } else {
    app.log.warn({ pending: await new Outbox(database).pending() }, 'SMTP_URL is not set: mail to the offices is off, new inquiries wait in the outbox');
  }
  // Every instance keeps the schedules; the database decides which one runs each turn.
  const claims = new TaskClaims(database, clock);
  const stopImports = startImportSchedule(imports, config.importIntervalHours, app.log, undefined, claims);
  if (imports.configured) app.log.info({ sources: imports.configured, intervalHours: config.importIntervalHours }, 'job imports configured');
  const { stop: stopMaintenance } = startMaintenance({ inquiries, audit, backups, retentionDays: config.retentionDays, backupIntervalHours: config.backupIntervalHours, log: app.log, clock, claims });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing: finishing running requests');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    stopMaintenance();
    stopImports();
    await app.close();
    await stopMail();
    // An import running now finishes its transaction before the database closes.
    await imports.idle();
    await database.close();
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
