import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Lets inquiries in only from partner sites. CORS headers cannot do this (they are `*`, and a non-browser
 * ignores them), so the server compares the `Origin` header itself: a browser always sends it on a
 * cross-origin POST and a page cannot forge it. The server's own origin is allowed for the demo site.
 */
export function originGuard(allowedOrigins: () => ReadonlySet<string>) {
  return async function checkOrigin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const origin = request.headers.origin;
    const own = `${request.protocol}://${request.host}`;
    if (origin && (origin === own || allowedOrigins().has(origin))) return;
    reply.header('cache-control', 'no-store');
    await reply.code(403).send({ error: 'forbidden', message: 'Inquiries are only accepted from partner sites.' });
    return reply;
  };
}
