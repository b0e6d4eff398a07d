// Runs a task at most once per interval however often it is poked: answer counts and lobby changes reach the
// host a few times a second, not once per answer or join.
export class Coalescer {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => void | Promise<void>,
  ) {}

  poke(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void Promise.resolve()
        .then(this.task)
        .catch((error: unknown) => console.error(`live: ${error instanceof Error ? error.message : String(error)}`));
    }, this.intervalMs);
    this.timer.unref?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
