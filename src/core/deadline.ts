/**
 * A signal for one request: it aborts when the caller's signal does, or when `timeout` ms have passed.
 *
 * Our own timer and listener rather than `AbortSignal.any([signal, AbortSignal.timeout(ms)])`: WebKit may collect
 * a combined signal that nothing but the fetch holds, and its timeout then never fires, so a hung API would leave
 * a widget "loading" forever in Safari. `dispose()` ends the timer once the answer is in.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True once the time ran out (rather than the caller aborting). */
  readonly expired: boolean;
  dispose(): void;
}

export function deadline(timeout: number, signal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException('The request took too long.', 'TimeoutError'));
  }, timeout);
  const follow = () => controller.abort(signal!.reason);
  if (signal?.aborted) follow();
  else signal?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', follow);
    },
  };
}
