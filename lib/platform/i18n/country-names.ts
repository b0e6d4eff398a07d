// Country names for the interface, from the runtime's locale data (as the set page shows them). Computed on the
// server and handed to client components, so server and browser never disagree about a name.
import type { TLang } from "./lang";

export function countryNames(codes: Iterable<string>, lang: TLang): Record<string, string> {
  const names = new Intl.DisplayNames([lang], { type: "region" });
  return Object.fromEntries([...new Set(codes)].map((code) => [code, names.of(code) ?? code]));
}
