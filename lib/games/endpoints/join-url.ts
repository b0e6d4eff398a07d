// The address students type or scan to join: PUBLIC_URL when set; otherwise the address the teacher's browser
// used, except that "localhost" (the teacher on the server machine) is useless on a phone, so the server's LAN
// address stands in for it when the server listens on all interfaces.
import "server-only";
import { headers } from "next/headers";
import os from "node:os";
import QRCode from "qrcode";
import { appConfig } from "@/lib/platform/config/app";
import { resolveServerConfig } from "@/lib/platform/config/server";

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

function lanAddress(): string | undefined {
  for (const entries of Object.values(os.networkInterfaces())) {
    const found = entries?.find((entry) => entry.family === "IPv4" && !entry.internal);
    if (found) return found.address;
  }
  return undefined;
}

export async function appBaseUrl(): Promise<string> {
  const { publicUrl } = appConfig();
  if (publicUrl) return publicUrl;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto") ?? "http";
  const { host: listenHost } = resolveServerConfig(process.env);
  const listensEverywhere = listenHost === "0.0.0.0" || listenHost === "::";
  const lan = LOOPBACK.test(host) && listensEverywhere ? lanAddress() : undefined;
  if (lan) return `${proto}://${lan}${/:\d+$/.exec(host)?.[0] ?? ""}`;
  return `${proto}://${host}`;
}

/** A link on this server (path and query) with its QR code as SVG (drawn by the qrcode library). */
export async function appLink(
  pathAndQuery: string,
  shortPath: string,
): Promise<{ url: string; shortUrl: string; qrSvg: string }> {
  const base = await appBaseUrl();
  const url = `${base}${pathAndQuery}`;
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { url, shortUrl: `${base.replace(/^https?:\/\//, "")}${shortPath}`, qrSvg };
}

/** The join link with the PIN filled in, and its QR code. */
export function joinLink(pin: string): Promise<{ url: string; shortUrl: string; qrSvg: string }> {
  return appLink(`/join?pin=${pin}`, "/join");
}
