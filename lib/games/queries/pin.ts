// Game PINs: six digits a class can read off a projector. Not a secret (the host's key is): a PIN only lets
// a player join.
import { randomInt } from "node:crypto";

export function newGamePin(): string {
  return String(randomInt(100_000, 1_000_000));
}
