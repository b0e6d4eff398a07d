// Tests edit a copy of the fact base, never the real one.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { QUESTIONS_DIR } from "@/questions/load";

export function copyFactBase(): { root: string; edit: (relative: string, change: (text: string) => string) => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), "quiz-facts-"));
  cpSync(path.join(QUESTIONS_DIR, "facts"), path.join(root, "facts"), { recursive: true });
  cpSync(path.join(QUESTIONS_DIR, "sources"), path.join(root, "sources"), { recursive: true });
  return {
    root,
    edit: (relative, change) => {
      const file = path.join(root, relative);
      const before = readFileSync(file, "utf8");
      const after = change(before);
      if (after === before) throw new Error(`edit of ${relative} changed nothing`);
      writeFileSync(file, after);
    },
  };
}
