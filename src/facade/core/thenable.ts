/** True for a promise or any other thenable (what `await` would wait for): a callback's return value the SDK must contain. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
