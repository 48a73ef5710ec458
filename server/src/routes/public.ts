import type { Clock } from '@wachstumsregion/domain/clock';
import { searchWords } from '@wachstumsregion/domain/search';
import { parseJobQuery, QueryError, searchJobs } from '@wachstumsregion/domain/search';
import type { AltchaGate } from '../inquiry/altcha.js';
import type { RegionStore } from '../store/region-store.js';
import { SearchCache } from '../store/search-cache.js';
import { operation, type OperationOptions } from './operation.js';


/** Lifetimes of the read answers; the contract's typical values. ETags let caches revalidate cheaply after. */
const cacheFor = (seconds: number) => ({ 'cache-control': `public, max-age=${seconds}` });

function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

/** The read operations of contract v1 over the region store, and the challenge. */
export function publicOperations(region: RegionStore, altcha: AltchaGate | undefined, clock: Clock, searchCacheSize = 500): Record<string, OperationOptions> {
  const searches = new SearchCache(searchCacheSize);
  return {
    listPartners: operation({
      handler: async (_request, reply) => reply.headers(cacheFor(3600)).send({ items: region.partners }),
    }),
    listCommutes: operation({
      handler: async (_request, reply) => reply.headers(cacheFor(86400)).send({ items: region.commutes }),
    }),
    listCategories: operation({
      handler: async (_request, reply) => reply.headers(cacheFor(3600)).send({ items: region.categories }),
    }),
    searchJobs: operation({
      // The contract's schema has already refused malformed parameters with 400; the mock's parser reads the
      // raw query again so that both implementations apply exactly the same rules.
      handler: async (request, reply) => {
        let query;
        try {
          query = parseJobQuery(new URLSearchParams(request.url.split('?')[1] ?? ''));
        } catch (problem) {
          if (problem instanceof QueryError) throw httpError(400, problem.message);
          throw problem;
        }
        const at = clock.now();
        const answer = searches.get(JSON.stringify(query), region.jobs, at.getTime(), () => {
          const words = query.q ? searchWords(query.q) : [];
          // Only jobs that can contain every word go to the shared search, which decides exactly as the mock.
          const pool = words.length ? region.wordIndex().candidates(words) : region.jobs;
          return searchJobs(pool, region.partners, query, at);
        });
        return reply.headers(cacheFor(300)).send(answer);
      },
    }),
    getJob: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        const job = region.job(request.params.id);
        if (!job || (job.validThrough && Date.parse(job.validThrough) < clock.now().getTime())) throw httpError(404, 'This job is no longer available.');
        return reply.headers(cacheFor(300)).send(job);
      },
    }),
    getChallenge: operation({
      handler: async (_request, reply) => {
        reply.header('cache-control', 'no-store');
        // Switched off is an answer, not an error: a 404 would put a red line in every partner page's console.
        if (!altcha) return reply.code(204).send();
        return reply.send(await altcha.challenge());
      },
    }),
  };
}
