// Finish a release build in Trunk's staging folder:
//  - put a Content-Security-Policy in index.html that allows only this origin, plus the
//    sha256 of Trunk's inline loader script (which changes with every build's file names);
//  - write `_headers` (Netlify / Cloudflare Pages format) with the same policy and the
//    other production headers; the e2e server reads this file, so tests see production;
//  - write `_redirects` and `404.html` so deep links work on static hosts.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
`,
);
writeFileSync(join(dir, "_redirects"), "/*    /index.html   200\n");
console.log(`post-build: CSP with ${hashes.length} inline script hash(es), _headers, _redirects, 404.html`);
