import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import type { InquiryRequest } from '@wachstumsregion/domain/contract';
import { clientKey } from '../client-address.js';
import { contract } from '../contract.js';
import type { AltchaGate } from '../inquiry/altcha.js';
import { replayIdentity } from '../inquiry/canonical-json.js';
import { type FieldErrors, fieldErrorsFromRules, fieldErrorsFromSchema, mergeFieldErrors } from '../inquiry/field-errors.js';
import { originGuard } from '../inquiry/origin-guard.js';
import type { InquiryStore } from '../store/inquiry-store.js';
import type { RegionStore } from '../store/region-store.js';
import { compileTextSchema } from '../validation.js';
import { operation, type OperationOptions } from './operation.js';

export interface InquiryRouteOptions {
  region: RegionStore;
  inquiries: InquiryStore;
  altcha?: AltchaGate;
  allowedOrigins: readonly string[];
  /** PUBLIC_URL's origin: the server's own, whose demo page may send. */
  publicOrigin?: string;
  rateLimit: { max: number; timeWindow: number };
}

/** The contract's limit on an inquiry body. */
export const inquiryBodyLimit = 16 * 1024;

type InquiryRoute = { Body: unknown; Headers: { 'idempotency-key'?: string } };
type InquiryHttpRequest = FastifyRequest<InquiryRoute>;

/**
 * `POST /inquiries`, checked in this order: origin (403, before the body is read), size and media type
 * (413, 415), JSON (400), Idempotency-Key (400), rate limit (429; a replay does not count), the key's earlier
 * use (replay or 409), the fields (422), the challenge, the honeypot, and only then storing (201).
 */
export function createInquiryOperation(options: InquiryRouteOptions): OperationOptions {
  const { region, inquiries, altcha } = options;
  // Checked ahead of the body, which Fastify validates first: a missing key is a 400 whatever the body says.
  const validKey = compileTextSchema(contract().components.parameters.IdempotencyKey!.schema);
  const origins = () => new Set([...region.partnerOrigins(), ...options.allowedOrigins]);

  const isReplay = async (request: InquiryHttpRequest) => {
    const key = request.headers['idempotency-key'];
    return typeof key === 'string' && (await inquiries.keyUse(key, replayIdentity(request.body))).kind === 'replay';
  };

  return operation<InquiryRoute>({
    bodyLimit: inquiryBodyLimit,
    attachValidation: true,
    onRequest: [originGuard(origins, options.publicOrigin)],
    preValidation: [
      async (request: InquiryHttpRequest, reply: FastifyReply) => {
        if (!validKey(request.headers['idempotency-key'])) {
          reply.header('cache-control', 'no-store');
          await reply.code(400).send({ error: 'bad-request', message: 'An Idempotency-Key header of 8 to 128 printable characters is required.' });
          return reply;
        }
      },
    ],
    config: {
      rateLimit: {
        ...options.rateLimit,
        hook: 'preValidation',
        keyGenerator: (request: FastifyRequest) => clientKey(request.ip),
        allowList: (request: FastifyRequest) => isReplay(request as InquiryHttpRequest),
      },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const key = request.headers['idempotency-key']!;
      const identity = replayIdentity(request.body);
      const earlier = await inquiries.keyUse(key, identity);
      if (earlier.kind === 'replay') return reply.code(201).header('idempotent-replayed', 'true').send(earlier.receipt);
      if (earlier.kind === 'conflict') return reply.code(409).send({ error: 'conflict', message: 'The Idempotency-Key was already used for a different inquiry.' });

      const failed = request.validationError;
      const schemaErrors = failed?.validationContext === 'body' ? fieldErrorsFromSchema((failed.validation as ErrorObject[] | undefined) ?? []) : {};
      const errors: FieldErrors = mergeFieldErrors(schemaErrors, fieldErrorsFromRules(request.body, region.partnerIds()));
      const body = request.body as InquiryRequest;
      let solved: { signature: string; expiresAt: number } | undefined;
      if (altcha && !errors.body) {
        if (typeof body.altcha !== 'string' || !body.altcha) errors.altcha ??= 'required';
        else if (!(solved = await altcha.verify(body.altcha))) errors.altcha = 'invalid';
      }
      if (Object.keys(errors).length) return reply.code(422).send({ error: 'validation-failed', message: 'The inquiry has invalid fields.', errors });

      const { altcha: _altcha, website, ...inquiry } = body;
      // A filled honeypot gets the same answer as a person, so a bot learns nothing, but nothing is kept. The key,
      // the challenge and the inquiry are written in one transaction, which also settles a race of two requests
      // (on one instance or two) with one key: the first stores, the other answers as a replay or a conflict.
      const result = await inquiries.accept(key, identity, website?.trim() ? undefined : inquiry, solved);
      if (result.kind === 'replay') return reply.code(201).header('idempotent-replayed', 'true').send(result.receipt);
      if (result.kind === 'conflict') return reply.code(409).send({ error: 'conflict', message: 'The Idempotency-Key was already used for a different inquiry.' });
      if (result.kind === 'challenge-used') {
        return reply.code(422).send({ error: 'validation-failed', message: 'The challenge was already used.', errors: { altcha: 'invalid' } });
      }
      if (website?.trim()) request.log.info('honeypot filled, inquiry discarded');
      return reply.code(201).send(result.receipt);
    },
  });
}
