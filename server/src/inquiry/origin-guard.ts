import type { FastifyReply, FastifyRequest } from 'fastify';

/** Host names that only ever reach this machine: a developer's own `npm start`. */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The server's own origin, whose demo page may send inquiries: PUBLIC_URL when set. Unset, the origin the
 * request names is taken only when it is a loopback one, since `Host` (and `X-Forwarded-Host`) are the client's
 * to choose: a page on `evil.example` pointed at this server by DNS would otherwise count as the server itself.
 */
function ownOrigin(request: FastifyRequest, publicOrigin: string | undefined): string | undefined {
  if (publicOrigin) return publicOrigin;
  return loopbackHosts.has(request.hostname) ? `${request.protocol}://${request.host}` : undefined;
}

/**
 * Lets inquiries in only from partner sites. CORS headers cannot do this (they are `*`, and a non-browser
 * ignores them), so the server compares the `Origin` header itself: a browser always sends it on a
 * cross-origin POST and a page cannot forge it. The server's own origin is allowed for the demo site.
 */
export function originGuard(allowedOrigins: () => ReadonlySet<string>, publicOrigin?: string) {
  return async function checkOrigin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const origin = request.headers.origin;
    if (origin && (origin === ownOrigin(request, publicOrigin) || allowedOrigins().has(origin))) return;
    reply.header('cache-control', 'no-store');
    await reply.code(403).send({ error: 'forbidden', message: 'Inquiries are only accepted from partner sites.' });
    return reply;
  };
}
