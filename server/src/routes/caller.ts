import type { FastifyReply, FastifyRequest } from 'fastify';

/** Who called the admin API, resolved once per request from the bearer token. */
export type Caller = { kind: 'region' } | { kind: 'partner'; partnerId: string };

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

/** The operations a partner's token may call; it is limited to its own records inside them. All others are the region's. */
export const partnerOperations: ReadonlySet<string> = new Set(['adminWhoAmI', 'adminListInquiries', 'adminDeleteInquiry', 'adminListJobs', 'adminPutJob', 'adminPutJobs', 'adminDeleteJob']);

/** The caller as written to the audit log: `region` or `partner:<id>`, never a secret. */
export function whoOf(request: FastifyRequest): string | undefined {
  const caller = request.caller;
  if (!caller) return undefined;
  return caller.kind === 'region' ? 'region' : `partner:${caller.partnerId}`;
}

/** The partner a request is limited to, or undefined for the region. */
export function partnerScope(request: FastifyRequest): string | undefined {
  return request.caller?.kind === 'partner' ? request.caller.partnerId : undefined;
}

/** onRequest hook after authentication: a partner's token reaches only the partner operations. */
export function regionOnly(operationId: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.caller?.kind === 'region' || (request.caller && partnerOperations.has(operationId))) return;
    await reply.code(403).send({ error: 'forbidden', message: 'This token may not use this operation.' });
    return reply;
  };
}
