// Drives Stack Auth's real JS SDK (@stackframe/js, as installed from npm by ./run) against a running Warden.
// It starts nothing: ./run starts the packaged service and calls this once per SDK version.
//
//   node sdk-check.mjs --base-url http://127.0.0.1:8080 --sdk-dir versions/2.8.108 --mail-log service.log
//
// --sdk-dir   a folder of versions/ after `npm install` (its node_modules holds @stackframe/js)
// --mail-log  the service's log: without AUTH_MAIL_SMTP_HOST it logs each mail with its link
// Environment: AUTH_STACK_PROJECT_ID (default "internal"), AUTH_STACK_PUBLISHABLE_CLIENT_KEY (optional; the SDK sends
// none when unset and then authenticates to the token endpoint with client_secret "__stack_public_client__").
//
// No SDK call is patched or stubbed. Two things happen beside the SDK, both said where they happen: the MFA step reads
// the attempt code with one plain HTTP sign-in (in a browser the SDK keeps it in sessionStorage, which Node lacks), and
// the 429 step watches console.log for the SDK's own "Rate limited" message (the text is passed through unchanged).
//
// Exit code: 1 if a REQUIRED step fails (every step is; a new one may start outside REQUIRED until it passes).

import { readFileSync, existsSync } from "node:fs";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Steps that must pass against the service today. Add a step here once the service supports it.
const REQUIRED = ["sign-up", "sign-in", "get-user", "update-profile", "list-sessions", "revoke-session", "sign-out",
  "token-refresh", "magic-link", "mfa", "password-update", "password-reset", "wrong-password", "duplicate-email",
  "rate-limit-429"];

const STEP_TIMEOUT_MS = Number(process.env.SDK_STEP_TIMEOUT_MS ?? 60000);

// ---------------------------------------------------------------- arguments and the SDK at the requested version
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (fallback !== undefined) return fallback;
  console.error(`missing --${name}`);
  process.exit(2);
}
const baseUrl = arg("base-url").replace(/\/$/, "");
const sdkDir = path.resolve(arg("sdk-dir"));
const mailLog = arg("mail-log", "");
const projectId = process.env.AUTH_STACK_PROJECT_ID || "internal";
const publishableClientKey = process.env.AUTH_STACK_PUBLISHABLE_CLIENT_KEY || undefined;

const jsDir = path.join(sdkDir, "node_modules", "@stackframe", "js");
const sharedDir = path.join(sdkDir, "node_modules", "@stackframe", "stack-shared");
if (!existsSync(path.join(jsDir, "package.json"))) {
  console.error(`@stackframe/js is not installed under ${sdkDir} (run npm install there, or use ./run)`);
  process.exit(2);
}
const wanted = JSON.parse(readFileSync(path.join(sdkDir, "package.json"), "utf8")).dependencies["@stackframe/js"];
const installed = JSON.parse(readFileSync(path.join(jsDir, "package.json"), "utf8")).version;
if (wanted !== installed) {
  console.error(`${sdkDir} pins @stackframe/js ${wanted} but ${installed} is installed`);
  process.exit(2);
}
const { StackClientApp } = await import(pathToFileURL(path.join(jsDir, "dist", "esm", "index.js")).href);
const { KnownErrors } = await import(pathToFileURL(path.join(sharedDir, "dist", "esm", "index.js")).href);

// ---------------------------------------------------------------- helpers
const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const tag = installed.replace(/\./g, "");
let counter = 0;
const freshEmail = (what) => `sdk-${tag}-${what}-${runId}-${++counter}@example.com`;
const PASSWORD = "Corr3ct-Horse-Battery-Staple";
const callback = (handler) => `${baseUrl}/handler/${handler}`; // the service's own origin: always an allowed callback

function newApp() {
  return new StackClientApp({
    baseUrl,
    projectId,
    ...(publishableClientKey ? { publishableClientKey } : {}),
    tokenStore: "memory",
    redirectMethod: "none",
  });
}

class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}
function equal(actual, expected, what) {
  check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function describe(e) {
  if (e == null) return String(e);
  const code = e.errorCode ? ` [${e.errorCode}]` : "";
  let text = `${e.name ?? "Error"}${code}: ${String(e.message ?? e).split("\n")[0].slice(0, 300)}`;
  // The SDK wraps what the service answered (RetryError, network error): show the innermost cause too.
  let cause = e.cause;
  for (let i = 0; cause && i < 5 && (cause.cause || cause.errors); i++) cause = cause.cause ?? cause.errors?.at(-1);
  if (cause && cause !== e) text += `\n      cause: ${String(cause.message ?? cause).split("\n")[0].slice(0, 300)}`;
  return text;
}
function expectOk(result, what) {
  check(result && typeof result === "object" && "status" in result, `${what}: expected a Result, got ${JSON.stringify(result)}`);
  check(result.status === "ok", `${what}: expected status ok, got error ${describe(result.error)}`);
  return result.data;
}
function expectKnownError(result, knownError, code, what) {
  check(result && result.status === "error", `${what}: expected an error result ${code}, got ${JSON.stringify(result?.status)}`);
  check(knownError.isInstance(result.error), `${what}: expected KnownErrors ${code}, got ${describe(result.error)}`);
  equal(result.error.errorCode, code, `${what}: error code`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function jwtPayload(token) {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
}

async function signedUp(email = freshEmail("user")) {
  const app = newApp();
  expectOk(await app.signUpWithCredential({ email, password: PASSWORD, noRedirect: true,
    verificationCallbackUrl: callback("email-verification") }), "signUpWithCredential");
  return { app, email };
}
async function signedIn(email, password = PASSWORD) {
  const app = newApp();
  expectOk(await app.signInWithCredential({ email, password, noRedirect: true }), "signInWithCredential");
  return app;
}
async function currentUser(app) {
  const user = await app.getUser();
  check(user, "getUser() returned null: the SDK holds no usable session");
  return user;
}

// Mails: the log line "Mail to <address>: '<subject>' - <link>". Stack's links are the callback_url the client gave
// plus ?code=…; only such a link counts (the sign-up's verification mail to the same address, say, does not).
function mailOffset() {
  return mailLog && existsSync(mailLog) ? readFileSync(mailLog).length : 0;
}
async function mailedCode(email, since, callbackUrl, timeoutMs = 10000) {
  check(mailLog, "no --mail-log given: cannot read mailed links");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = readFileSync(mailLog).subarray(since).toString("utf8");
    const all = text.split("\n").filter((l) => l.includes(`Mail to ${email}:`));
    const lines = all.filter((l) => l.includes(` - ${callbackUrl}?`));
    if (lines.length) {
      const m = lines.at(-1).match(/Mail to \S+: '([^']*)' - (\S+)/);
      check(m, `unreadable mail line: ${lines.at(-1)}`);
      let url;
      try { url = new URL(m[2]); } catch { throw new CheckFailed(`mail '${m[1]}' has no link: ${m[2]}`); }
      const code = url.searchParams.get("code");
      check(code, `mail '${m[1]}' link has no code parameter: ${m[2]}`);
      return { subject: m[1], link: m[2], code };
    }
    await sleep(200);
  }
  const others = readFileSync(mailLog).subarray(since).toString("utf8").split("\n")
    .filter((l) => l.includes(`Mail to ${email}:`)).map((l) => l.replace(/^.*Mail to /, ""));
  throw new CheckFailed(`no mail to ${email} with a link to ${callbackUrl}?code=… within ${timeoutMs} ms` +
    (others.length ? `; mails seen: ${others.join(" | ")}` : ""));
}

// RFC 6238 TOTP (SHA-1, 30 s, 6 digits), as an authenticator app computes it.
function totp(secret, at = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30000)));
  const mac = createHmac("sha1", secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, "0");
}

// ---------------------------------------------------------------- the steps
const steps = [];
const step = (name, fn) => steps.push({ name, fn });

step("sign-up", async () => {
  await signedUp(freshEmail("signup"));
});

step("sign-in", async () => {
  const { email } = await signedUp(freshEmail("signin"));
  await signedIn(email);
});

step("get-user", async () => {
  const { email } = await signedUp(freshEmail("getuser"));
  const app = await signedIn(email);
  const user = await currentUser(app);
  check(typeof user.id === "string" && user.id.length > 0, `id: ${JSON.stringify(user.id)}`);
  equal(user.primaryEmail, email, "primaryEmail");
  equal(typeof user.primaryEmailVerified, "boolean", "typeof primaryEmailVerified");
  check(user.displayName === null || typeof user.displayName === "string", `displayName: ${JSON.stringify(user.displayName)}`);
  check(user.signedUpAt instanceof Date && !isNaN(user.signedUpAt) && Math.abs(Date.now() - user.signedUpAt) < 600000,
    `signedUpAt: ${user.signedUpAt}`);
  equal(user.hasPassword, true, "hasPassword");
  equal(typeof user.emailAuthEnabled, "boolean", "typeof emailAuthEnabled");
  check(Array.isArray(user.oauthProviders), `oauthProviders: ${JSON.stringify(user.oauthProviders)}`);
  equal(user.isAnonymous, false, "isAnonymous");
  equal(user.isMultiFactorRequired, false, "isMultiFactorRequired");
  const token = await user.getAccessToken();
  check(typeof token === "string" && token.length > 0, "getAccessToken() gave no token");
  equal(jwtPayload(token).sub, user.id, "access token sub");
});

step("update-profile", async () => {
  const { email } = await signedUp(freshEmail("profile"));
  const app = await signedIn(email);
  const user = await currentUser(app);
  await user.update({ displayName: "Ada SDK" });
  equal((await currentUser(app)).displayName, "Ada SDK", "displayName after update (same app)");
  const other = await signedIn(email); // a second client reads it from the service
  equal((await currentUser(other)).displayName, "Ada SDK", "displayName read by another sign-in");
});

step("list-sessions", async () => {
  const { email } = await signedUp(freshEmail("sessions"));
  const a = await signedIn(email);
  await signedIn(email);
  const sessions = await (await currentUser(a)).getActiveSessions();
  check(Array.isArray(sessions) && sessions.length >= 2, `expected at least 2 sessions, got ${JSON.stringify(sessions)}`);
  equal(sessions.filter((s) => s.isCurrentSession).length, 1, "sessions marked current");
  for (const s of sessions) {
    check(typeof s.id === "string" && s.id.length > 0, `session id: ${JSON.stringify(s)}`);
    check(s.createdAt instanceof Date && !isNaN(s.createdAt), `session createdAt: ${JSON.stringify(s)}`);
    equal(s.isImpersonation, false, "isImpersonation");
  }
});

step("revoke-session", async () => {
  const { email } = await signedUp(freshEmail("revoke"));
  const a = await signedIn(email);
  const b = await signedIn(email);
  const userB = await currentUser(b);
  const bSession = (await userB.getActiveSessions()).find((s) => s.isCurrentSession);
  check(bSession, "b sees no current session");
  const userA = await currentUser(a);
  await userA.revokeSession(bSession.id);
  const left = await userA.getActiveSessions();
  check(!left.some((s) => s.id === bSession.id), `revoked session ${bSession.id} still listed`);
  check(left.some((s) => s.isCurrentSession), "a's own session is gone");
  let bFailed = false;
  try { await userB.getActiveSessions(); } catch { bFailed = true; }
  check(bFailed, "the revoked client could still list sessions");
});

step("sign-out", async () => {
  const { email } = await signedUp(freshEmail("signout"));
  const a = await signedIn(email);
  const userA = await currentUser(a);
  const aSession = (await userA.getActiveSessions()).find((s) => s.isCurrentSession);
  check(aSession, "no current session before sign-out");
  await userA.signOut({ redirectUrl: callback("after-sign-out") }); // redirectMethod "none": nothing is opened
  equal(await a.getUser(), null, "getUser() after sign-out");
  const c = await signedIn(email);
  const listed = await (await currentUser(c)).getActiveSessions();
  check(!listed.some((s) => s.id === aSession.id), `signed-out session ${aSession.id} still listed`);
});

step("token-refresh", async () => {
  const { email } = await signedUp(freshEmail("refresh"));
  const app = await signedIn(email);
  const user = await currentUser(app);
  const first = await user.getAccessToken();
  check(first, "no access token");
  const p1 = jwtPayload(first);
  check(typeof p1.exp === "number", "access token without exp");
  // The SDK refreshes a token once less than 20 s of it are left (sendClientRequestInner: getOrFetchLikelyValidTokens(20000, …)).
  const waitMs = p1.exp * 1000 - 20000 - Date.now() + 1500;
  check(waitMs < 45000, `access TTL too long for this step (${Math.round((p1.exp * 1000 - Date.now()) / 1000)} s left); run with AUTH_TOKENS_ACCESS_TTL=30s`);
  if (waitMs > 0) await sleep(waitMs);
  const second = await user.getAccessToken(); // POST /api/v1/auth/oauth/token with the refresh token
  check(second && second !== first, "the SDK did not get a new access token");
  const p2 = jwtPayload(second);
  equal(p2.sub, p1.sub, "sub of the refreshed token");
  check(p2.exp > p1.exp, `refreshed exp ${p2.exp} not after ${p1.exp}`);
  const sessions = await user.getActiveSessions(); // a request made with the new token
  check(sessions.some((s) => s.isCurrentSession), "no current session with the refreshed token");
});

step("magic-link", async () => {
  const { email } = await signedUp(freshEmail("otp"));
  const app = newApp();
  const since = mailOffset();
  const sent = expectOk(await app.sendMagicLinkEmail(email, { callbackUrl: callback("magic-link-callback") }), "sendMagicLinkEmail");
  check(sent && typeof sent.nonce === "string", `sendMagicLinkEmail data: ${JSON.stringify(sent)}`);
  const { code } = await mailedCode(email, since, callback("magic-link-callback"));
  expectOk(await app.signInWithMagicLink(code, { noRedirect: true }), "signInWithMagicLink");
  equal((await currentUser(app)).primaryEmail, email, "primaryEmail after magic link");
});

step("mfa", async () => {
  const { app, email } = await signedUp(freshEmail("mfa"));
  const secret = randomBytes(20);
  const user = await currentUser(app);
  await user.update({ totpMultiFactorSecret: secret }); // PATCH /users/me {totp_secret_base64}
  equal((await currentUser(app)).isMultiFactorRequired, true, "isMultiFactorRequired after enrolling TOTP");

  // The SDK answers MULTI_FACTOR_AUTHENTICATION_REQUIRED by redirecting to its MFA page with the attempt code in
  // sessionStorage; in Node there is no page, so signInWithCredential throws ("we should have redirected …").
  const second = newApp();
  let thrown = null;
  try {
    const r = await second.signInWithCredential({ email, password: PASSWORD, noRedirect: true });
    thrown = new Error(`signInWithCredential returned ${r.status}${r.status === "error" ? " " + describe(r.error) : ""}`);
  } catch (e) { thrown = e; }
  check(/redirect/i.test(String(thrown?.message)), `expected the SDK's MFA redirect, got ${describe(thrown)}`);

  // What the MFA page would read from sessionStorage: the attempt code, here from one plain sign-in request.
  const attemptCode = async () => {
    const res = await fetch(`${baseUrl}/api/v1/auth/password/sign-in`, {
      method: "POST",
      // the SDK's own headers, so that the error comes in the SDK's codes, as the page would have it from the SDK
      headers: { "content-type": "application/json", "x-stack-project-id": projectId, "x-stack-access-type": "client",
        "x-stack-client-version": `js @stackframe/js@${installed}`,
        ...(publishableClientKey ? { "x-stack-publishable-client-key": publishableClientKey } : {}) },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const body = await res.json().catch(() => null);
    equal(body?.code, "MULTI_FACTOR_AUTHENTICATION_REQUIRED", "sign-in error code for a TOTP account");
    const code = body?.details?.attempt_code;
    check(typeof code === "string" && code.length > 0, `no details.attempt_code in ${JSON.stringify(body)}`);
    return code;
  };
  const wrong = String((Number(totp(secret)) + 1) % 1000000).padStart(6, "0");
  expectKnownError(await second.signInWithMfa(wrong, await attemptCode(), { noRedirect: true }),
    KnownErrors.InvalidTotpCode, "INVALID_TOTP_CODE", "signInWithMfa with a wrong code");
  expectOk(await second.signInWithMfa(totp(secret), await attemptCode(), { noRedirect: true }), "signInWithMfa");
  equal((await currentUser(second)).primaryEmail, email, "primaryEmail after MFA");
});

step("password-update", async () => {
  const { email } = await signedUp(freshEmail("pwupdate"));
  const app = await signedIn(email);
  const user = await currentUser(app);
  const refused = await user.updatePassword({ oldPassword: "Not-The-Old-Passw0rd", newPassword: "New-Horse-Battery-42" });
  check(KnownErrors.PasswordConfirmationMismatch.isInstance(refused),
    `updatePassword with a wrong old password: expected PASSWORD_CONFIRMATION_MISMATCH, got ${describe(refused)}`);
  const result = await user.updatePassword({ oldPassword: PASSWORD, newPassword: "New-Horse-Battery-42" });
  check(result === undefined, `updatePassword: ${describe(result)}`);
  await signedIn(email, "New-Horse-Battery-42");
  expectKnownError(await newApp().signInWithCredential({ email, password: PASSWORD, noRedirect: true }),
    KnownErrors.EmailPasswordMismatch, "EMAIL_PASSWORD_MISMATCH", "sign-in with the old password");
});

step("password-reset", async () => {
  const { email } = await signedUp(freshEmail("reset"));
  const app = newApp();
  const since = mailOffset();
  expectOk(await app.sendForgotPasswordEmail(email, { callbackUrl: callback("password-reset") }), "sendForgotPasswordEmail");
  const { code } = await mailedCode(email, since, callback("password-reset"));
  expectOk(await app.verifyPasswordResetCode(code), "verifyPasswordResetCode");
  expectOk(await app.resetPassword({ code, password: "Reset-Horse-Battery-7" }), "resetPassword");
  const reused = await app.resetPassword({ code, password: "Again-Horse-Battery-8" });
  check(reused.status === "error" && KnownErrors.VerificationCodeError.isInstance(reused.error),
    `resetPassword with a used code: expected a VERIFICATION_ERROR kind (e.g. VERIFICATION_CODE_ALREADY_USED), got ${reused.status === "ok" ? "ok" : describe(reused.error)}`);
  await signedIn(email, "Reset-Horse-Battery-7");
});

step("wrong-password", async () => {
  const { email } = await signedUp(freshEmail("wrongpw"));
  expectKnownError(await newApp().signInWithCredential({ email, password: "Wrong-Horse-Battery-1", noRedirect: true }),
    KnownErrors.EmailPasswordMismatch, "EMAIL_PASSWORD_MISMATCH", "signInWithCredential with a wrong password");
});

step("duplicate-email", async () => {
  const { email } = await signedUp(freshEmail("dup"));
  const again = await newApp().signUpWithCredential({ email, password: PASSWORD, noRedirect: true,
    verificationCallbackUrl: callback("email-verification") });
  expectKnownError(again, KnownErrors.UserWithEmailAlreadyExists, "USER_EMAIL_ALREADY_EXISTS", "second sign-up");
  equal(again.error.details?.email, email, "details.email");
});

// ./run sets AUTH_RATE_LIMITS_FORGOT_PASSWORD=2/6s: the third request here gets 429. The SDK expects a plain 429
// (no x-stack-known-error) with Retry-After in seconds, logs "Rate limited …", waits and sends it again.
step("rate-limit-429", async () => {
  const { email } = await signedUp(freshEmail("ratelimit"));
  const app = newApp();
  const seen = [];
  const log = console.log;
  console.log = (...args) => { seen.push(args.join(" ")); log(...args); };
  const started = Date.now();
  try {
    for (let i = 0; i < 4; i++) {
      expectOk(await app.sendForgotPasswordEmail(email, { callbackUrl: callback("password-reset") }), `sendForgotPasswordEmail #${i + 1}`);
    }
  } finally {
    console.log = log;
  }
  const limited = seen.filter((l) => l.startsWith("Rate limited while sending request"));
  check(limited.length >= 1, "no 429 reached the SDK (is AUTH_RATE_LIMITS_FORGOT_PASSWORD=2/6s set?)");
  check(limited.some((l) => /Will retry after \d+ seconds/.test(l)), `the 429 had no usable Retry-After: ${limited[0]}`);
  check(Date.now() - started >= 1000, "the SDK did not wait before retrying");
});

// ---------------------------------------------------------------- run
const only = process.env.SDK_STEPS ? process.env.SDK_STEPS.split(",") : null;
console.log(`# @stackframe/js ${installed} against ${baseUrl} (project ${projectId}${publishableClientKey ? ", publishable client key set" : ""})`);
const results = [];
for (const { name, fn } of steps) {
  if (only && !only.includes(name)) continue;
  const required = REQUIRED.includes(name);
  const started = Date.now();
  let error = null;
  let timer;
  try {
    await Promise.race([fn(), new Promise((_, reject) => { timer = setTimeout(() => reject(new CheckFailed(`timed out after ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS); })]);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const label = error ? (required ? "FAIL" : "FAIL (not required yet)") : "PASS";
  console.log(`${label}  ${installed}  ${name}  (${secs} s)${error ? "\n      " + (error instanceof CheckFailed ? error.message : describe(error)) : ""}`);
  results.push({ name, required, ok: !error });
}
const passed = results.filter((r) => r.ok).map((r) => r.name);
const failedRequired = results.filter((r) => !r.ok && r.required).map((r) => r.name);
const failedOther = results.filter((r) => !r.ok && !r.required).map((r) => r.name);
const unexpected = results.filter((r) => r.ok && !r.required).map((r) => r.name);
console.log(`# ${installed}: ${passed.length}/${results.length} passed; required: ${REQUIRED.join(", ")}`);
if (failedOther.length) console.log(`# not required yet, failed: ${failedOther.join(", ")}`);
if (unexpected.length) console.log(`# now passing but not yet REQUIRED (add to REQUIRED in sdk-check.mjs): ${unexpected.join(", ")}`);
if (failedRequired.length) console.log(`# REQUIRED steps failed: ${failedRequired.join(", ")}`);
process.exit(failedRequired.length ? 1 : 0); // the SDK may still be retrying in the background: do not wait for it
