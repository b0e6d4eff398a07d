// Events between the server and every open page: leaderboard changes, live game steps. One process (SQLite)
// fans out in memory; several instances on PostgreSQL fan out through LISTEN/NOTIFY, so every instance's
// subscribers see every event.
import { EventEmitter } from "node:events";
import pg from "pg";
import type { TDbHandle } from "@/lib/platform/db/client";

export type TListener = (payload: unknown) => void;

export interface TEventBus {
  publish(channel: string, payload: unknown): Promise<void>;
  subscribe(channel: string, listener: TListener): () => void;
  close(): Promise<void>;
}

const PG_CHANNEL = "quiz_events";
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
export const MAX_EVENT_BYTES = 7_900;

class MemoryBus implements TEventBus {
  protected readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, payload: unknown): Promise<void> {
    this.deliver(channel, payload);
  }

  subscribe(channel: string, listener: TListener): () => void {
    this.emitter.on(channel, listener);
    return () => this.emitter.off(channel, listener);
  }

  protected deliver(channel: string, payload: unknown): void {
    this.emitter.emit(channel, payload);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

class PostgresBus extends MemoryBus {
  private listener: pg.Client | undefined;
  private ready: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly notifier: (sql: string, ...values: unknown[]) => Promise<unknown>,
  ) {
    super();
  }

  /** One LISTEN connection per instance, reconnected when it drops. */
  private connect(): Promise<void> {
    this.ready ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on("notification", (message) => {
        if (message.channel !== PG_CHANNEL || !message.payload) return;
        try {
          const { c, p } = JSON.parse(message.payload) as { c: string; p: unknown };
          this.deliver(c, p);
        } catch {
          // not ours
        }
      });
      client.on("error", () => this.reconnectSoon());
      client.on("end", () => this.reconnectSoon());
      await client.connect();
      await client.query(`LISTEN ${PG_CHANNEL}`);
      this.listener = client;
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private reconnectSoon(): void {
    if (this.closed) return;
    this.listener = undefined;
    this.ready = undefined;
    setTimeout(() => void this.connect().catch(() => this.reconnectSoon()), 1_000).unref();
  }

  override async publish(channel: string, payload: unknown): Promise<void> {
    const message = JSON.stringify({ c: channel, p: payload });
    if (Buffer.byteLength(message) > MAX_EVENT_BYTES) throw new Error(`event on ${channel} is too large for NOTIFY`);
    await this.connect();
    await this.notifier("SELECT pg_notify($1, $2)", PG_CHANNEL, message);
  }

  override subscribe(channel: string, listener: TListener): () => void {
    void this.connect().catch(() => this.reconnectSoon());
    return super.subscribe(channel, listener);
  }

  override async close(): Promise<void> {
    this.closed = true;
    await super.close();
    await this.listener?.end().catch(() => undefined);
  }
}

export function createEventBus(handle: TDbHandle): TEventBus {
  if (handle.provider === "sqlite") return new MemoryBus();
  // executeRaw: pg_notify returns void, which a query (as opposed to a statement) cannot deserialize.
  return new PostgresBus(handle.target.url, (sql, ...values) => handle.db.$executeRawUnsafe(sql, ...values));
}

const globalForBus = globalThis as typeof globalThis & { __quizBus?: TEventBus };

/** The process-wide bus (shared by the start script and every Next.js bundle via globalThis). */
export async function getEventBus(): Promise<TEventBus> {
  const { getDbHandle } = await import("@/lib/platform/db/client");
  globalForBus.__quizBus ??= createEventBus(getDbHandle());
  return globalForBus.__quizBus;
}
