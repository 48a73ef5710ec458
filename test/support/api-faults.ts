import { HttpResponse } from 'msw';

/**
 * The ways an API answer goes wrong that every widget must explain and recover from: what happened, the answer
 * msw gives, and words the visitor's message must contain.
 */
export const apiFaults = [
  ['a dropped connection', () => HttpResponse.error(), 'Keine Verbindung'],
  ['a server error', () => new HttpResponse(null, { status: 500 }), 'Fehler aufgetreten'],
  ['malformed JSON', () => new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } }), 'unerwartete Antwort'],
] as const;
