import type { Challenge } from '../core/types.js';

/** ALTCHA's default when a challenge names no `maxnumber`. */
const defaultMaxNumber = 1_000_000;
/** Hashes started together: Web Crypto works off the main thread, a batch keeps it busy without flooding it. */
const batchSize = 500;

const algorithms: Record<string, AlgorithmIdentifier> = { 'SHA-1': 'SHA-1', 'SHA-256': 'SHA-256', 'SHA-512': 'SHA-512' };

/**
 * Solves an ALTCHA v1 challenge: finds the number n in [0, maxnumber] with hash(salt + n) === challenge, and
 * returns the payload the server expects (base64 of `{ algorithm, challenge, number, salt, signature }`), or
 * undefined when no number fits. Imported lazily, so pages whose API has no challenge never load it.
 */
export async function solveChallenge(challenge: Challenge, signal?: AbortSignal): Promise<string | undefined> {
  const algorithm = algorithms[challenge.algorithm.toUpperCase()];
  if (!algorithm) return undefined;
  const target = challenge.challenge.toLowerCase();
  const max = challenge.maxnumber ?? defaultMaxNumber;
  const encoder = new TextEncoder();
  for (let start = 0; start <= max; start += batchSize) {
    signal?.throwIfAborted();
    const numbers = Array.from({ length: Math.min(batchSize, max - start + 1) }, (_, index) => start + index);
    const hashes = await Promise.all(numbers.map((n) => crypto.subtle.digest(algorithm, encoder.encode(challenge.salt + n))));
    const found = hashes.findIndex((hash) => hex(hash) === target);
    if (found >= 0) {
      const solution = { algorithm: challenge.algorithm, challenge: challenge.challenge, number: numbers[found], salt: challenge.salt, signature: challenge.signature };
      return btoa(JSON.stringify(solution));
    }
  }
  return undefined;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
