// @ts-check
// `serwist build` (run by `next build`'s caller after it, see lib/platform/server/build.ts) bundles the service
// worker and injects the list of the build's static files to precache. Serwist's configurator mode: it reads
// the Next.js build output, so it works with Turbopack, which the webpack plugin (withSerwist) does not.
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "lib/platform/offline/sw.ts",
  swDest: "public/sw.js",
  // Pages are rendered per request (each with its own script nonce): none is prerendered to precache.
  precachePrerendered: false,
  // The worker imports the pure route rules with the project's alias.
  esbuildOptions: { alias: { "@": "." } },
});
