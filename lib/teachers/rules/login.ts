// What a teacher signs in with: a user name ("frau.berger") or an e-mail address. better-auth needs an e-mail for
// every account; one made with a user name alone gets an address under the reserved .invalid domain, which no
// mail can ever reach (and the app sends none).

export const MIN_PASSWORD_LENGTH = 10;
export const PLACEHOLDER_DOMAIN = "teacher.invalid";

export type TLogin = { kind: "email"; email: string } | { kind: "username"; username: string };

const USERNAME = /^[a-z0-9_.]{3,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The login as typed, understood; or the reason it is neither a user name nor an e-mail address. */
export function parseLogin(input: string): { ok: true; login: TLogin } | { ok: false; message: string } {
  const text = input.trim();
  if (text.includes("@")) {
    const email = text.toLowerCase();
    if (!EMAIL.test(email) || email.endsWith(`@${PLACEHOLDER_DOMAIN}`))
      return { ok: false, message: "this is not an e-mail address" };
    return { ok: true, login: { kind: "email", email } };
  }
  const username = text.toLowerCase();
  if (!USERNAME.test(username))
    return { ok: false, message: "a user name has 3 to 30 letters (a–z), digits, dots or underscores" };
  return { ok: true, login: { kind: "username", username } };
}

/** The e-mail better-auth stores for an account. */
export function accountEmail(login: TLogin): string {
  return login.kind === "email" ? login.email : `${login.username}@${PLACEHOLDER_DOMAIN}`;
}

/** The key a login's wrong passwords are counted under: one account, however it was typed. */
export function loginKey(login: TLogin): string {
  return login.kind === "email" ? `email:${login.email}` : `user:${login.username}`;
}

/** What the dashboard shows as the account's login: the user name, or the real e-mail address. */
export function shownLogin(teacher: { email: string; username?: string | null }): string {
  return teacher.username ?? teacher.email;
}
