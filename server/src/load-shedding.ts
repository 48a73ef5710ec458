import underPressure, { type FastifyUnderPressureOptions } from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Seconds a client is asked to wait while the server is overloaded. */
export const overloadedRetryAfter = 5;

function answerOverloaded(_request: FastifyRequest, reply: FastifyReply) {
  reply.code(503).headers({ 'retry-after': String(overloadedRetryAfter), 'cache-control': 'no-store' });
  return { error: 'unavailable', message: `The server is overloaded; try again in ${overloadedRetryAfter} seconds. Nothing was stored.` };
}

/**
 * Answers `503` with `Retry-After` while the event loop lags by more than `maxEventLoopDelayMs` on average, so
 * an overloaded instance answers the requests it takes in time rather than all of them late; a load balancer
 * sends the others elsewhere. Registered after CORS, so a partner page can read the answer.
 */
export async function shedLoad(app: FastifyInstance, maxEventLoopDelayMs: number, sampleIntervalMs?: number): Promise<void> {
  if (maxEventLoopDelayMs <= 0) return;
  await app.register(underPressure, {
    maxEventLoopDelay: maxEventLoopDelayMs,
    sampleInterval: sampleIntervalMs,
    // A returned body is sent and ends the request (the plugin's code does so; its types only allow void, yet a
    // handler that sends the answer itself lets the request run on before the send has finished).
    pressureHandler: answerOverloaded as unknown as FastifyUnderPressureOptions['pressureHandler'],
  });
}
