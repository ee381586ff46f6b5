// Lighthouse (npm, with the system Chromium) on the release build served as in production:
// accessibility and best-practices scores for each screen that needs no stored data.
// Prints the figures and any audit that cost points; exits 1 if a score is under 100.
//   node bench/lighthouse.mjs   (after a release build in dist/)
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../e2e/server.mjs";

const port = 8600 + Math.floor(Math.random() * 300);
const server = await serve(() => "dist", port);
const out = mkdtempSync(join(tmpdir(), "lighthouse-"));
let missed = false;
console.log("Lighthouse " + JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")).version + " (budget: 100 each)");
for (const path of ["/", "/compare", "/share", "/data"]) {
  const report = join(out, "report.json");
  // Asynchronous: this process also serves the pages Lighthouse loads.
  const run = await promisify(execFile)(
    "node_modules/.bin/lighthouse",
    [
      `http://127.0.0.1:${port}${path}`,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      "--only-categories=accessibility,best-practices",
      "--output=json",
      `--output-path=${report}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || "/usr/bin/chromium" }, encoding: "utf8" },
  ).catch((e) => ({ failed: (e.stderr || e.message || "").trim().split("\n").at(-1) }));
  if (run.failed !== undefined) {
    console.log(`  ${path}: lighthouse failed: ${run.failed}`);
    missed = true;
    continue;
  }
  const r = JSON.parse(readFileSync(report, "utf8"));
  const score = (id) => Math.round((r.categories[id]?.score ?? 0) * 100);
  const [a11y, best] = [score("accessibility"), score("best-practices")];
  console.log(`  ${path.padEnd(10)} accessibility ${a11y}, best practices ${best}`);
  for (const a of Object.values(r.audits)) {
    if (a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode) && a.id !== "valid-source-maps") {
      console.log(`      ${a.id}: ${a.title}`);
    }
  }
  if (a11y < 100 || best < 100) missed = true;
}
server.close();
process.exit(missed ? 1 : 0);
