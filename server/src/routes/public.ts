import type { Clock } from '@wachstumsregion/domain/clock';
import type { JobPage, JobSuggestions } from '@wachstumsregion/domain/contract';
import { parseJobQuery, parseSuggestQuery, QueryError } from '@wachstumsregion/domain/search';
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
  const searches = new SearchCache<JobPage>(searchCacheSize);
  const suggestions = new SearchCache<JobSuggestions>(searchCacheSize);
  /** Reads a query string with the domain's parser (the one the mock uses), a `QueryError` answered with 400. */
  const parse = <T>(url: string, parser: (params: URLSearchParams) => T): T => {
    try {
      return parser(new URLSearchParams(url.split('?')[1] ?? ''));
    } catch (problem) {
      if (problem instanceof QueryError) throw httpError(400, problem.message);
      throw problem;
    }
  };
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
        const query = parse(request.url, parseJobQuery);
        const at = clock.now();
        // The synonyms' version is part of the key: the operator's edit of the file changes answers too.
        const key = JSON.stringify([region.search.version, query]);
        const answer = searches.get(key, region.jobs, at.getTime(), () => region.search.search(region, query, at));
        return reply.headers(cacheFor(300)).send(answer);
      },
    }),
    suggestJobs: operation({
      handler: async (request, reply) => {
        const { q, limit } = parse(request.url, parseSuggestQuery);
        const at = clock.now();
        const answer = suggestions.get(JSON.stringify([q, limit]), region.jobs, at.getTime(), () => region.search.suggest(region, q, limit, at));
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
