// Finish a release build in Trunk's staging folder:
//  - put a Content-Security-Policy in index.html that allows only this origin, plus the
//    sha256 of Trunk's inline loader script (which changes with every build's file names);
//  - write `_headers` (Netlify / Cloudflare Pages format) with the same policy and the
//    other production headers; the e2e server reads this file, so tests see production;
//  - write `_redirects` and `404.html` so deep links work on static hosts;
//  - write `sw.js`, the service worker, from scripts/sw-template.js with the list of every
//    file the app needs and a cache name made from their contents.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.argv[2];
if (!dir) throw new Error("usage: post-build.mjs <staging dir>");
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
);

const policy = (forHeader) =>
  [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    // Ignored (and warned about) in a <meta> policy; honoured as a header.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ].join("; ");

// The page registers the service worker only when this is present: never under `trunk serve`.
if (!html.includes('name="mission-ready-sw"')) {
  html = html.replace(/<head>/i, `<head>\n  <meta name="mission-ready-sw" content="/sw.js">`);
}
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  html = html.replace(
    /<head>/i,
    `<head>\n  <meta http-equiv="Content-Security-Policy" content="${policy(false)}">`,
  );
}
writeFileSync(indexPath, html);
writeFileSync(join(dir, "404.html"), html);

writeFileSync(
  join(dir, "_headers"),
  `/*
  Content-Security-Policy: ${policy(true)}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Cross-Origin-Opener-Policy: same-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()
/index.html
  Cache-Control: no-cache
/
  Cache-Control: no-cache
/sw.js
  Cache-Control: no-cache
/manifest.webmanifest
  Cache-Control: no-cache
`,
);
writeFileSync(join(dir, "_redirects"), "/*    /index.html   200\n");
// Every file the app needs, offline included; host files (_headers, …) and the worker stay out.
const skip = new Set(["_headers", "_redirects", "404.html", "sw.js"]);
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length).replace(/^[/\\]*/, "").replaceAll("\\", "/"))
  .filter((f) => !skip.has(f))
  .sort();
const build = createHash("sha256");
for (const f of files) build.update(f).update(readFileSync(join(dir, f)));
const cache = `missionready-${build.digest("hex").slice(0, 16)}`;
const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "sw-template.js"), "utf8");
writeFileSync(
  join(dir, "sw.js"),
  template.replace("__CACHE__", cache).replace("__FILES__", JSON.stringify(files.map((f) => `/${f}`))),
);

console.log(`post-build: CSP with ${hashes.length} inline script hash(es), _headers, _redirects, 404.html, sw.js (${cache}, ${files.length} files)`);
