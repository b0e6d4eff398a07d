// The seal of one attempt: what its player sees of question and option ids (lib/answering/rules/seal.ts).
import type { TDb } from "@/lib/platform/db/client";
import { appSecret } from "@/lib/platform/db/app-secret";
import { createSeal, type TSeal } from "@/lib/answering/rules/seal";

export async function attemptSeal(db: TDb, attemptId: string): Promise<TSeal> {
  return createSeal(await appSecret(db, "seal"), `attempt:${attemptId}`);
}
