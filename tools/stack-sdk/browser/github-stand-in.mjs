// A GitHub of the check's own (Node HTTP, 127.0.0.1), speaking what the service's GitHub client calls
// (adapters-oauth GitHubIdentityProvider and AuthorizationCodeFlow; the same contract as the Java tests'
// bootstrap/src/test/java/dev/warden/bootstrap/GitHubStandIn.java):
//   GET  /login/oauth/authorize?client_id&redirect_uri&response_type=code&scope&state&code_challenge&code_challenge_method=S256
//        approves at once for the account the check chose (setAccount) and redirects to redirect_uri?code&state
//   POST /login/oauth/access_token  form client_id, client_secret, code, redirect_uri, code_verifier, grant_type
//        checks all of them (PKCE S256 included) and answers {access_token, token_type, scope}; a bad exchange gets
//        GitHub's own answer, 200 {"error":"bad_verification_code"}
//   GET  /user, /user/emails  with "Authorization: Bearer <token>"
// Every request is logged (log()) so that a failing step can say how far the flow got.
import http from "node:http";
import { createHash, randomUUID } from "node:crypto";

export const CLIENT_ID = "github-sdk-check-client";
export const CLIENT_SECRET = "github-sdk-check-secret";

const s256 = (verifier) => createHash("sha256").update(verifier, "ascii").digest("base64url");

export async function startGitHubStandIn({ port = 0, host = "127.0.0.1" } = {}) {
  let account = null;           // who is "signed in at GitHub" in the browser; the check sets it per sign-in
  const codes = new Map();      // code -> { account, challenge, redirectUri }
  const tokens = new Map();     // access token -> account
  const log = [];

  const json = (res, status, body) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    let body = "";
    for await (const chunk of req) body += chunk;
    const entry = { method: req.method, path: url.pathname, status: 0, note: "" };
    log.push(entry);
    const answer = (status, note, send) => { entry.status = status; entry.note = note; send(); };
    try {
      if (url.pathname === "/login/oauth/authorize" && req.method === "GET") {
        const q = url.searchParams;
        const problems = [];
        if (q.get("client_id") !== CLIENT_ID) problems.push(`client_id ${q.get("client_id")}`);
        if (q.get("response_type") !== "code") problems.push(`response_type ${q.get("response_type")}`);
        if (q.get("code_challenge_method") !== "S256" || !q.get("code_challenge")) problems.push("no PKCE S256 challenge");
        if (!q.get("redirect_uri")) problems.push("no redirect_uri");
        if (!account) problems.push("no account chosen by the check");
        if (problems.length) {
          return answer(400, problems.join(", "), () => {
            res.writeHead(400, { "content-type": "text/plain" });
            res.end(`bad authorization request: ${problems.join(", ")}`);
          });
        }
        const code = randomUUID();
        codes.set(code, { account, challenge: q.get("code_challenge"), redirectUri: q.get("redirect_uri") });
        const back = new URL(q.get("redirect_uri"));
        back.searchParams.set("code", code);
        if (q.has("state")) back.searchParams.set("state", q.get("state"));
        return answer(302, `approved for ${account.login}, back to ${back.origin}${back.pathname}`, () => {
          res.writeHead(302, { location: back.toString() });
          res.end();
        });
      }
      if (url.pathname === "/login/oauth/access_token" && req.method === "POST") {
        const form = new URLSearchParams(body);
        const grant = form.get("code") ? codes.get(form.get("code")) : undefined;
        if (grant) codes.delete(form.get("code"));
        const problems = [];
        if (!grant) problems.push("unknown or used code");
        if (form.get("client_id") !== CLIENT_ID) problems.push("client_id");
        if (form.get("client_secret") !== CLIENT_SECRET) problems.push("client_secret");
        if (grant && form.get("redirect_uri") !== grant.redirectUri) problems.push(`redirect_uri ${form.get("redirect_uri")} != ${grant.redirectUri}`);
        if (grant && (!form.get("code_verifier") || s256(form.get("code_verifier")) !== grant.challenge)) problems.push("PKCE verifier");
        if (problems.length) return answer(200, `refused: ${problems.join(", ")}`, () => json(res, 200, { error: "bad_verification_code" }));
        const accessToken = `gho_${randomUUID().replace(/-/g, "")}`;
        tokens.set(accessToken, grant.account);
        return answer(200, `token for ${grant.account.login}`, () =>
          json(res, 200, { access_token: accessToken, token_type: "bearer", scope: "user:email" }));
      }
      if ((url.pathname === "/user" || url.pathname === "/user/emails") && req.method === "GET") {
        const auth = req.headers.authorization ?? "";
        const who = auth.startsWith("Bearer ") ? tokens.get(auth.slice(7)) : undefined;
        if (!who) return answer(401, "no valid token", () => json(res, 401, { message: "Requires authentication" }));
        if (url.pathname === "/user") {
          return answer(200, who.login, () => json(res, 200, { id: who.id, login: who.login, name: who.name, email: null }));
        }
        return answer(200, who.email, () => json(res, 200, [{ email: who.email, primary: true, verified: true, visibility: null }]));
      }
      return answer(404, "", () => json(res, 404, { message: "Not Found" }));
    } catch (e) {
      return answer(500, String(e), () => json(res, 500, { message: String(e) }));
    }
  });
  await new Promise((resolve, reject) => { server.once("error", reject); server.listen(port, host, resolve); });
  const base = `http://${host}:${server.address().port}`;
  return {
    url: base,
    /** The GitHub account that approves the next authorization requests: {id (number), login, name, email}. */
    setAccount(a) { account = a; },
    /** One line per request received since `from` (an index into the log). */
    describe(from = 0) {
      return log.slice(from).map((e) => `${e.method} ${e.path} -> ${e.status}${e.note ? " (" + e.note + ")" : ""}`);
    },
    get requestCount() { return log.length; },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
