import "server-only";
import { cookies } from "next/headers";
import { LANG_COOKIE, parseLang, type TLang } from "./lang";

/** The visitor's language, from the cookie the language switch sets. */
export async function getLang(): Promise<TLang> {
  return parseLang((await cookies()).get(LANG_COOKIE)?.value);
}
