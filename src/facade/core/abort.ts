/**
 * Resolves like `promise`, or rejects once `signal` aborts (with `reasonOf()`, by default the
 * signal's reason); a later rejection of `promise` is handled, so it never goes unhandled.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, reasonOf: () => unknown = () => signal.reason): Promise<T> {
  promise.catch(() => undefined);
  if (signal.aborted) return Promise.reject(reasonOf());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(reasonOf());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
