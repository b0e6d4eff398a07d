import { headers } from "next/headers";
import { nonceOfPolicy } from "@/lib/platform/http/security-headers";
import { THEME_SCRIPT } from "@/lib/platform/theme/theme";

/**
 * Sets the theme before the first paint. The page's policy runs only scripts with its nonce (proxy.ts puts the
 * policy on the request, where Next.js reads it too), so this inline script carries the same one.
 */
export async function ThemeScript() {
  const nonce = nonceOfPolicy((await headers()).get("content-security-policy"));
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
