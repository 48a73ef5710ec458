import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Challenge } from '@wachstumsregion/domain/contract';

/** How long a challenge may be solved and sent; the contract suggests 20 minutes. */
const lifetimeMs = 20 * 60 * 1000;

/** The proof-of-work challenge of the contact form (ALTCHA's v1 format), switched on by an HMAC key. */
export class AltchaGate {
  /** `maxNumber`: at 100,000 a visitor's phone solves it in about a second, while a spam run pays for every message. */
  constructor(
    private readonly hmacKey: string,
    private readonly maxNumber = 100_000,
    private readonly clock: Clock = systemClock,
  ) {}

  async challenge(): Promise<Challenge> {
    const challenge = await createChallenge({ hmacKey: this.hmacKey, maxNumber: this.maxNumber, expires: new Date(this.clock.now().getTime() + lifetimeMs) });
    return challenge as Challenge;
  }

  /**
   * Checks a solution (signature, hash and expiry). Returns the values that make it single-use, or undefined
   * when it is not a valid solution; whether it was used before is the store's question.
   */
  async verify(payload: string): Promise<{ signature: string; expiresAt: number } | undefined> {
    let parsed: { signature?: unknown; salt?: unknown };
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as typeof parsed;
    } catch {
      return undefined;
    }
    if (typeof parsed.signature !== 'string' || typeof parsed.salt !== 'string') return undefined;
    // The expiry is checked here against the app's clock; the library would read the machine's.
    if (!(await verifySolution(payload, this.hmacKey, false).catch(() => false))) return undefined;
    // Our challenges always carry an expiry; one without could be replayed forever once its number is known.
    const expires = Number(extractParams(payload).expires);
    if (!Number.isInteger(expires) || expires * 1000 < this.clock.now().getTime()) return undefined;
    return { signature: parsed.signature, expiresAt: expires };
  }
}
