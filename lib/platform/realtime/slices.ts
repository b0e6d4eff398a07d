// Fan-outs in slices: writing one event to 10,000 streams takes the event loop a few hundred milliseconds, and
// the answers that the first players send meanwhile would wait behind all of it (their acknowledgement late by
// as much). Between slices the loop serves what has arrived; each stream still gets its events in order.

/** Streams written between two turns of the event loop. */
export const FANOUT_SLICE = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Calls `each` for every item, yielding to the event loop after every `size` of them. */
export async function inSlices<T>(items: Iterable<T>, each: (item: T) => void, size = FANOUT_SLICE): Promise<void> {
  let done = 0;
  for (const item of items) {
    each(item);
    if (++done % size === 0) await nextTurn();
  }
}
