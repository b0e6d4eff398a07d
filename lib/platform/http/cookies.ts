/** A cookie's value from a request's Cookie header (URL-decoded), or undefined. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  const prefix = `${name}=`;
  const raw = header
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
