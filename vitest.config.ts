import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    // Vitest's default on a 2-core machine is one worker, so every file waits for the one before; the integration
    // files mostly wait on databases and servers, and three at a time keep both cores busy.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**"],
          // Building the question bank takes 2 s alone and up to 10 s on a busy machine: 5 s is too tight.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          // Each file creates its own databases and runs real migrations.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
