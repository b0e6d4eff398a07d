// Nicknames in one game must be told apart on a projector: "Anna", "anna" and "ANNA " are one name.
import { cleanNickname } from "@/lib/players/rules/nickname";

export function nicknameKey(nickname: string): string {
  return cleanNickname(nickname).toLocaleLowerCase("de");
}
