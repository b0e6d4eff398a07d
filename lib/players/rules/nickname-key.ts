// Nicknames in one game must be told apart on a projector: "Anna", "anna", "ANNA " and "Аnna" (Cyrillic А) are
// one name. The key is the upper-cased name's look-alike skeleton (lib/players/rules/confusables.ts): capitals of
// Latin, Greek and Cyrillic share more shapes than their small letters do.
import { lookalikeKeys } from "@/lib/players/rules/confusables";
import { cleanNickname } from "@/lib/players/rules/nickname";

export function nicknameKey(nickname: string): string {
  return lookalikeKeys(cleanNickname(nickname))[0];
}
