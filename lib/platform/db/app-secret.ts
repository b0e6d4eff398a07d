// Secrets the server keeps for itself (model AppSecret): made once, on first use, by whichever instance comes
// first, and read by every other; held in memory afterwards.
import { randomBytes } from "node:crypto";
import type { TDb } from "./client";

const globalForSecrets = globalThis as typeof globalThis & { __quizSecrets?: WeakMap<object, Map<string, Promise<string>>> };
const secrets = (globalForSecrets.__quizSecrets ??= new WeakMap());

async function readOrCreate(db: TDb, name: string): Promise<string> {
  const found = await db.appSecret.findUnique({ where: { name } });
  if (found) return found.value;
  try {
    return (await db.appSecret.create({ data: { name, value: randomBytes(32).toString("base64url") } })).value;
  } catch {
    // Another instance made it at the same moment: theirs counts.
    return (await db.appSecret.findUniqueOrThrow({ where: { name } })).value;
  }
}

export function appSecret(db: TDb, name: string): Promise<string> {
  let byName = secrets.get(db);
  if (!byName) secrets.set(db, (byName = new Map()));
  let secret = byName.get(name);
  if (!secret) {
    secret = readOrCreate(db, name);
    secret.catch(() => byName!.delete(name));
    byName.set(name, secret);
  }
  return secret;
}
