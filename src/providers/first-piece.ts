/**
 * A stream opened but not yet trusted: its first piece is awaited before the stream is handed on,
 * so an upstream that answers 200 and then breaks (or says nothing) fails while another target can
 * still be tried, and the piece is replayed to whoever reads the stream.
 */
export async function firstPiece<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  let replayed = false;
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (!replayed) {
          replayed = true;
          return first;
        }
        return iterator.next();
      },
      return: async () => (await iterator.return?.()) ?? { done: true, value: undefined },
    }),
  };
}
