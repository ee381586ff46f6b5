// Serve the release build the way a static host does: the headers from dist/_headers,
// the right content types, and index.html for any path that is not a file (the SPA
// fallback that dist/_redirects asks of Netlify-style hosts).
//   node e2e/server.mjs [dir] [port]
// Tests that need a second build on the same origin (an update) import `serve` and switch
// the folder it serves.
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// Parse the `_headers` file: a path pattern line, then indented "Name: value" lines.
function readHeaders(root) {
  const rules = [];
  let text = "";
  try {
    text = readFileSync(join(root, "_headers"), "utf8");
  } catch {
    return rules;
  }
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(":");
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const matches = (pattern, path) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Serve the folder `folder()` names (read on every request) on 127.0.0.1:`port`. */
export function serve(folder, port) {
  return new Promise((done) => {
    const server = createServer((req, res) => answer(resolve(folder()), req, res));
    server.listen(port, "127.0.0.1", () => done(server));
  });
}

function answer(root, req, res) {
  const rules = readHeaders(root);
  const url = new URL(req.url, "http://localhost");
  let path = decodeURIComponent(url.pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(400).end();
    return;
  }
  if (!isFile(file)) {
    // A real file type that is missing is a 404; anything else is an app route.
    if (extname(path) && extname(path) !== ".html") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    file = join(root, "index.html");
    path = "/index.html";
  }
  const headers = { "content-type": types[extname(file)] ?? "application/octet-stream" };
  for (const rule of rules) {
    if (matches(rule.pattern, path) || matches(rule.pattern, url.pathname)) {
      for (const [k, v] of rule.headers) headers[k] = v;
    }
  }
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : readFileSync(file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? "dist");
  const port = Number(process.argv[3] ?? 8181);
  await serve(() => root, port);
  console.log(`serving ${root} at http://127.0.0.1:${port}`);
}
