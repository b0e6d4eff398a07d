import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of lib/ (README, "Layout"), kept by lint rather than by memory. Each feature folder has the same
// inner shape: rules/ (pure), queries/ (the only files that touch Prisma), use-cases/, endpoints/; plumbing
// lives in lib/platform/. An import may run down this list, never up it.
const feature = (layers) => `^@/lib/(?!platform/)[^/]+/(${layers})/`;
const UP_FROM_PARENT = { regex: "^\\.\\./", message: "Import across folders with @/ (one import style)." };
const NO_FEATURES = {
  regex: "^@/(lib/(?!platform/)|app/|components/)",
  message: "Plumbing (lib/platform) serves features; it imports none.",
};
const NO_DATA = {
  regex: feature("queries|use-cases|endpoints"),
  message: "Pure code imports no queries, use cases or endpoints.",
};
const NO_PLATFORM_IO = {
  regex: "^@/lib/platform/(db|http|server|realtime|testing)/",
  message: "Rules are pure: no database, HTTP, server or real-time plumbing.",
};
const NO_RULES_FROM_QUERIES = {
  regex: feature("rules|use-cases|endpoints"),
  message: "Queries take what they need as arguments; they import no rules, use cases or endpoints.",
};
const NO_ENDPOINTS = { regex: feature("endpoints"), message: "Use cases do not call endpoints." };
const NO_REACT = ["react", "react-dom", "react/*", "next", "next/*", "zustand", "zustand/*"];

const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { "no-restricted-imports": ["error", { paths, patterns: [UP_FROM_PARENT, ...patterns] }] },
});

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/platform/db/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "next-env.d.ts",
      // The service worker bundle that `serwist build` writes.
      "public/sw.js",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  restrict(["**/*.{ts,tsx}"], []),
  restrict(["lib/platform/**/*.{ts,tsx}"], [NO_FEATURES]),
  restrict(["lib/*/rules/**/*.ts"], [NO_DATA, NO_PLATFORM_IO, { group: ["@prisma/*", ...NO_REACT] }]),
  restrict(["lib/*/{types,events,schemas}.ts"], [NO_DATA, NO_PLATFORM_IO, { group: ["@prisma/*", ...NO_REACT] }]),
  restrict(["lib/*/queries/**/*.ts"], [NO_RULES_FROM_QUERIES, { group: NO_REACT }]),
  restrict(["lib/*/use-cases/**/*.ts"], [NO_ENDPOINTS, { group: NO_REACT }]),
  restrict(
    ["components/**/*.{ts,tsx}"],
    [
      NO_DATA,
      {
        regex: "^@/lib/platform/(db|server|realtime/bus)",
        message: "Components reach data through the API or a page, not the database.",
      },
      { group: ["@prisma/*"] },
    ],
  ),
];

export default config;
