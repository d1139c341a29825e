// Bundles the installed @stackframe/js of one versions/<v> folder for the browser with esbuild, unchanged: an entry
// that imports StackClientApp from the package (resolved from that folder's node_modules, with the package's own
// "browser" entries) and puts it on window. Nothing of the SDK is patched, replaced or defined away.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const tools = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(tools, "node_modules", "x.js"));

export async function bundleSdk(sdkDir, outfile) {
  const esbuild = require("esbuild");
  const started = Date.now();
  const result = await esbuild.build({
    stdin: {
      contents: 'import { StackClientApp } from "@stackframe/js";\nwindow.StackClientApp = StackClientApp;\n',
      resolveDir: sdkDir,
      sourcefile: "sdk-entry.js",
      loader: "js",
    },
    bundle: true,
    platform: "browser",
    format: "iife",
    outfile,
    logLevel: "silent",
  });
  return { outfile, warnings: result.warnings.length, ms: Date.now() - started };
}
