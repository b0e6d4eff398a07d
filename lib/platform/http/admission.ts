// Admission for bursts: a class of thousands typing the PIN at once. When more requests of a kind are in progress
// than the server gets through in a moment, one more is answered at once with 503 and Retry-After instead of
// queueing behind the others (or, worse, waiting in the kernel's listen queue until it overflows and the
// connection is reset). The join page waits and tries again by itself, showing that it is about to get in.
import { apiError } from "./errors";

export class AdmissionGate {
  private inProgress = 0;

  constructor(
    /** How many may be in progress at once; 0 refuses everything (tests). */
    private readonly limit: () => number,
    /** What the refused are told: come back in about this many seconds. */
    private readonly retryAfterSeconds = 1,
  ) {}

  /** Runs `work` if there is room, else answers 503 with Retry-After. */
  async run(work: () => Promise<Response>): Promise<Response> {
    if (this.inProgress >= this.limit()) return this.busy();
    this.inProgress++;
    try {
      return await work();
    } finally {
      this.inProgress--;
    }
  }

  get pending(): number {
    return this.inProgress;
  }

  private busy(): Response {
    return apiError(503, "busy", "many players are joining right now; try again in a moment", undefined, {
      "Retry-After": String(this.retryAfterSeconds),
    });
  }
}
