/** What `promise` rejects with; the test fails when it resolves. */
export async function rejection<E = unknown>(promise: PromiseLike<unknown>): Promise<E> {
  return Promise.resolve(promise).then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as E,
  );
}
