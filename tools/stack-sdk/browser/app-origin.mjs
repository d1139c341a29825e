// The app's origin for the browser check: a tiny Node HTTP server (127.0.0.1, reached as http://localhost:<port>,
// another origin than the service's) whose pages load the SDK bundle and browser/page.js. Routes:
//   /sdk.js                      the esbuild bundle of the installed @stackframe/js (window.StackClientApp)
//   /page.js                     browser/page.js
//   /                            home: builds the client, nothing else (the check drives it with page.evaluate)
//   /handler/oauth-callback      urls.oauthCallback: calls app.callOAuthCallback()
//   /after-sign-in, /after-sign-up   urls.afterSignIn / afterSignUp: report app.getUser()
//   /handler/error               urls.error
// Every other handler URL points at / (the SDK only needs them to exist).
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

const PAGES = {
  "/": "home",
  "/handler/oauth-callback": "oauth-callback",
  "/after-sign-in": "after-sign-in",
  "/after-sign-up": "after-sign-up",
  "/handler/error": "error",
};

/** The options the pages give to `new StackClientApp(...)`. */
// The handler URLs are relative (to the page's origin): both versions refuse an absolute oauthCallback ("OAuth callback
// URLs must be relative", url-targets.js) and make it absolute with window.location (constructRedirectUrl).
export function clientOptions({ baseUrl, projectId, publishableClientKey }) {
  const url = (p) => p;
  return {
    baseUrl,
    projectId,
    ...(publishableClientKey ? { publishableClientKey } : {}),
    tokenStore: "cookie",
    redirectMethod: "window",
    urls: {
      oauthCallback: url("/handler/oauth-callback"),
      afterSignIn: url("/after-sign-in"),
      afterSignUp: url("/after-sign-up"),
      error: url("/handler/error"),
      home: url("/"),
      signIn: url("/"),
      signUp: url("/"),
      afterSignOut: url("/"),
      signOut: url("/"),
      emailVerification: url("/"),
      passwordReset: url("/"),
      forgotPassword: url("/"),
      magicLinkCallback: url("/"),
      mfa: url("/"),
    },
  };
}

export async function startAppOrigin({ port, bundleFile, baseUrl, projectId, publishableClientKey }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/sdk.js" || url.pathname === "/page.js") {
      const file = url.pathname === "/sdk.js" ? bundleFile : path.join(here, "page.js");
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      return res.end(readFileSync(file));
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    const page = PAGES[url.pathname];
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    const config = JSON.stringify({ options: clientOptions({ baseUrl, projectId, publishableClientKey }) })
      .replace(/</g, "\\u003c");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(`<!doctype html>
<html><head><meta charset="utf-8"><title>SDK check: ${page}</title></head>
<body data-page="${page}">
<h1>${page}</h1>
<pre id="result"></pre>
<script id="config" type="application/json">${config}</script>
<script src="/sdk.js"></script>
<script src="/page.js"></script>
</body></html>`);
  });
  await new Promise((resolve, reject) => { server.once("error", reject); server.listen(port, "127.0.0.1", resolve); });
  return {
    origin: `http://localhost:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
