// The app's own script on every page of the app origin (browser/app-origin.mjs), after the SDK bundle, which put
// Stack's StackClientApp on window. It builds the client as an app would and, on the pages the SDK redirects to,
// does what such a page does: the OAuth callback page calls callOAuthCallback(), the after-sign-in/-up pages read
// the user. What happened is put on window.__result and in <pre id="result"> with body[data-done="1"], for the check.
(function () {
  const config = JSON.parse(document.getElementById("config").textContent);
  const page = document.body.dataset.page;

  function describe(e) {
    if (e == null) return String(e);
    let text = `${e.name ?? "Error"}${e.errorCode ? " [" + e.errorCode + "]" : ""}: ${String(e.message ?? e).slice(0, 600)}`;
    let cause = e.cause;
    for (let i = 0; cause && i < 6; i++) {
      text += `\n  cause: ${cause.name ?? ""} ${String(cause.message ?? JSON.stringify(cause)).slice(0, 600)}`;
      cause = cause.cause;
    }
    return text;
  }
  window.describeError = describe;

  function report(result) {
    window.__result = { page, ...result };
    document.getElementById("result").textContent = JSON.stringify(window.__result, null, 2);
    document.body.dataset.done = "1";
  }
  window.report = report;

  async function userSummary() {
    const user = await window.app.getUser();
    if (!user) return null;
    return { id: user.id, primaryEmail: user.primaryEmail, displayName: user.displayName,
      hasPassword: user.hasPassword, passkeyAuthEnabled: user.passkeyAuthEnabled };
  }
  window.userSummary = userSummary;

  try {
    window.app = new window.StackClientApp(config.options);
  } catch (e) {
    report({ error: `new StackClientApp(...) threw ${describe(e)}` });
    return;
  }
  window.appReady = true;

  (async () => {
    try {
      if (page === "oauth-callback") {
        const handled = await window.app.callOAuthCallback();
        // On success the SDK has already navigated to urls.afterSignIn / afterSignUp (redirectMethod "window").
        if (!handled) report({ error: `callOAuthCallback() returned ${handled} (no code/state, or no verifier cookie for this state); query was ${location.search}` });
      } else if (page === "after-sign-in" || page === "after-sign-up") {
        report({ user: await userSummary() });
      } else if (page === "error") {
        report({ error: `the SDK's error page was opened: ${location.search}` });
      }
    } catch (e) {
      report({ error: describe(e) });
    }
  })();
})();
