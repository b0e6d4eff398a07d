import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest): installable on a phone's home screen, opening on the sets.
 * German first like the app; the browser shows `name` under the icon.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Putins Verbündete – Quiz mit Quellen",
    short_name: "Verbündete",
    description: "Lernen mit Quellen: Welche Länder stehen im Krieg gegen die Ukraine an Russlands Seite?",
    lang: "de",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f6f5f1",
    theme_color: "#1f2937",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
