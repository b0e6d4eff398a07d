// Next.js proxy (formerly middleware): a fresh nonce and Content-Security-Policy for every page (see
// lib/http/security-headers.ts). API routes, static files (icons, the manifest, the service worker) and prefetches
// do not need one and skip this.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/platform/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it writes.
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|icons/|sw.js|manifest.webmanifest).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
