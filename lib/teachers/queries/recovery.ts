// A teacher's recovery code: shown once, its hash kept; using it sets a new password and issues a new code.
import { hashSecret, newRecoveryCode, normalizeRecoveryCode, secretMatches } from "@/lib/platform/crypto/identity";
import type { TDb } from "@/lib/platform/db/client";

export async function issueRecoveryCode(db: TDb, teacherId: string): Promise<string> {
  const code = newRecoveryCode();
  await db.teacher.update({ where: { id: teacherId }, data: { recoveryHash: hashSecret(code) } });
  return code;
}

/** Whether the code (as typed) is the teacher's current recovery code. */
export function recoveryCodeMatches(typed: string, recoveryHash: string | null): boolean {
  const code = normalizeRecoveryCode(typed);
  return Boolean(code && recoveryHash && secretMatches(code, recoveryHash));
}
