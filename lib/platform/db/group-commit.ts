// Group commit: items that arrive while a write is in progress go into the next write together. Under light
// load each item is written at once; under a burst (a class answering at the same moment) the batches grow
// instead of the queue, so one transaction carries hundreds of answers and the wait stays short. Reads batch
// the same way (players looked up by id, lib/players/queries/players.ts).

type TPending<TItem, TResult> = { item: TItem; resolve: (result: TResult) => void; reject: (error: unknown) => void };

export class GroupCommit<TItem, TResult> {
  private queue: Array<TPending<TItem, TResult>> = [];
  private writing = false;

  constructor(
    /** Writes a batch; returns one result per item, in order. */
    private readonly write: (items: TItem[]) => Promise<TResult[]>,
    private readonly maxBatch = 500,
    /**
     * How long the first item of a burst waits for others to join it. 0: none (answers, whose wait is measured).
     * Joins arrive spread over seconds, 10 ms apart at 100 a second, and each batch is a transaction of several
     * statements: a short wait fills the batch, and no student notices it.
     */
    private readonly lingerMs = 0,
  ) {}

  enqueue(item: TItem): Promise<TResult> {
    return new Promise<TResult>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        // Items arriving in the same turn of the event loop (or while it lingers) join the first batch.
        if (this.lingerMs > 0) setTimeout(() => void this.drain(), this.lingerMs);
        else setImmediate(() => void this.drain());
      }
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const results = await this.write(batch.map((pending) => pending.item));
        batch.forEach((pending, index) => pending.resolve(results[index]!));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.writing = false;
  }
}
