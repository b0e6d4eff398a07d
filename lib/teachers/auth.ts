// Teacher accounts: better-auth with its Prisma adapter, on whichever database the app uses. Sessions live in
// TeacherSession (so "sign out everywhere" is a delete), passwords are hashed by better-auth (scrypt). No mail
// is ever sent: an account is a user name or an e-mail address plus a password, and a forgotten password is
// replaced with the recovery code shown at sign-up (lib/teachers/endpoints/recover.ts).
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { username } from "better-auth/plugins";
import { appSecret } from "@/lib/platform/db/app-secret";
import { getDbHandle, type TDbHandle } from "@/lib/platform/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/teachers/rules/login";

export const SESSION_COOKIE_PREFIX = "quiz_teacher";
export const SESSION_DAYS = 30;

function createAuth(handle: TDbHandle, secret: string) {
  return betterAuth({
    // Requests come from wherever the school reaches the server (a LAN address, a host name): the origin is the
    // request's own, and our endpoints call the API on the server, so no cross-site request reaches it.
    secret,
    database: prismaAdapter(handle.db, { provider: handle.provider === "sqlite" ? "sqlite" : "postgresql" }),
    user: { modelName: "teacher" },
    session: { modelName: "teacherSession", expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    account: { modelName: "teacherAccount" },
    verification: { modelName: "teacherVerification" },
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 128, autoSignIn: true },
    plugins: [username({ minUsernameLength: 3, maxUsernameLength: 30 })],
    // Our endpoints throttle wrong passwords themselves (a growing delay per account and per address).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      // Plain http on a school's LAN must work: never the __Secure- prefix; the Secure flag is added per request
      // where the request came over HTTPS (lib/teachers/endpoints/auth-response.ts).
      useSecureCookies: false,
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

export type TAuth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as typeof globalThis & { __quizAuth?: { handle: TDbHandle; auth: Promise<TAuth> } };

/** The auth of the process's database (made once; its signing secret is an AppSecret shared by every instance). */
export function getAuth(handle: TDbHandle = getDbHandle()): Promise<TAuth> {
  if (globalForAuth.__quizAuth?.handle !== handle) {
    const auth = appSecret(handle.db, "teacher-auth").then((secret) => createAuth(handle, secret));
    globalForAuth.__quizAuth = { handle, auth };
  }
  return globalForAuth.__quizAuth.auth;
}
