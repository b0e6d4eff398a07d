// Whether cookies get the Secure flag: always with COOKIE_SECURE=1, never with COOKIE_SECURE=0, and otherwise
// when the request came over HTTPS, which behind a reverse proxy only its X-Forwarded-Proto tells (Next.js sets
// it to "http" for plain requests). A client that fakes the header only keeps its own cookies off plain HTTP.
import "server-only";
import { headers } from "next/headers";
import { isSecureProto } from "./set-cookie";

export async function secureCookies(): Promise<boolean> {
  return isSecureProto((await headers()).get("x-forwarded-proto"));
}
