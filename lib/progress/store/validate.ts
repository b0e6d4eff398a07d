// Validation of saved and imported progress. Loaded on demand (after the page is up, or when a file is
// imported), so the schema library is not part of any page's first load.
import { upgradeProgress } from "./migrations";
import { ZProgressExport, ZProgressState, type TProgressData } from "./schema";

/** The saved state moved from `version` to the current one; throws if the result does not validate. */
export function migrateProgress(saved: unknown, version: number): TProgressData {
  return ZProgressState.parse(upgradeProgress(saved, version));
}

/** The progress inside an exported file, migrated and validated, or why it was refused. */
export function parseProgressFile(
  text: string,
): { ok: true; progress: TProgressData } | { ok: false; message: "not-progress-file" | "invalid-progress" } {
  let file;
  try {
    file = ZProgressExport.parse(JSON.parse(text));
  } catch {
    return { ok: false, message: "not-progress-file" };
  }
  try {
    return { ok: true, progress: migrateProgress(file.progress, file.version) };
  } catch {
    return { ok: false, message: "invalid-progress" };
  }
}
