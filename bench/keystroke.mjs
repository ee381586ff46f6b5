// Keystroke-to-update time of the mission check in Chromium, on the release build.
//   node bench/keystroke.mjs            (expects dist/ built; run by scripts/bench)
// Opens an organization with a 2,000-word statement, then types one character at a time
// into "Mission statement". Each sample is the time from the input event to the moment the
// app has finished reacting (the mission check and the marked copy updated), measured in
// the page. Budget: one 16 ms frame. Prints median and 95th percentile.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const port = 8183;
const server = spawn(process.execPath, ["e2e/server.mjs", "dist", String(port)], { stdio: "ignore" });
const base = readFileSync("bench/statement.txt", "utf8").split(/\s+/).filter(Boolean);
const statement = Array.from({ length: 2000 }, (_, i) => base[i % base.length]).join(" ");

try {
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator(".app[data-ready='true']").waitFor();
  await page.getByRole("button", { name: "Try an example" }).click();
  const box = page.getByRole("textbox", { name: "Mission statement", exact: true });
  await box.fill(statement);
  await page.locator('[data-finding="unfocused"]').waitFor();
  // Let the debounced save of the pasted statement happen before measuring typing.
  await page.waitForTimeout(1000);

  const result = await page.evaluate(async () => {
    const box = document.querySelector("#org-mission");
    const copy = () => document.querySelector(".statement")?.textContent ?? "";
    // Leptos runs its effects in microtasks (wasm-bindgen-futures), so the whole update
    // happens before this task ends and no frame can be drawn in between. Drain microtasks
    // until the update is visible (and a few more for effects still queued), then force
    // style and layout, which the next frame would otherwise do: the sample is script +
    // style + layout, the work that has to fit in a 16 ms frame.
    const settle = async (done) => {
      for (let i = 0; i < 100000 && !done(); i++) await Promise.resolve();
      for (let i = 0; i < 200; i++) await Promise.resolve();
    };
    async function key(edit, done = () => true) {
      const t0 = performance.now();
      box.value = edit(box.value);
      box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      const want = box.value.slice(-20);
      await settle(() => copy().endsWith(want) && done());
      void document.body.offsetHeight;
      const t1 = performance.now();
      if (!copy().endsWith(want)) throw new Error("the marked copy did not update");
      // Let the browser draw before the next key, as between real keystrokes.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return t1 - t0;
    }
    const stats = (xs) => {
      xs.sort((a, b) => a - b);
      return { median: xs[Math.floor(xs.length / 2)], p95: xs[Math.floor(xs.length * 0.95)], max: xs[xs.length - 1], n: xs.length };
    };
    // Ordinary typing: letters and spaces that change no finding.
    const typing = [];
    const text = " and we listen to every patient";
    for (let i = 0; i < 60; i++) typing.push(await key((v) => v + text[i % text.length]));
    // Keystrokes that change the findings: "profi" + "t" adds a red flag, backspace removes it.
    await key((v) => v + " profi");
    const changing = [];
    const flag = () => document.querySelector('[data-finding="profit_first"]');
    for (let i = 0; i < 30; i++) {
      changing.push(await key((v) => v + "t", () => flag()));
      if (!flag()) throw new Error("profit_first did not appear");
      changing.push(await key((v) => v.slice(0, -1), () => !flag()));
    }
    return { typing: stats(typing), changing: stats(changing), words: box.value.split(/\s+/).length };
  });
  const line = (label, s) =>
    `  ${label}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.n} keys)`;
  console.log(`keystroke-to-update in Chromium, ${result.words}-word statement (budget: one 16 ms frame at p95):`);
  console.log(line("typing that changes no finding ", result.typing));
  console.log(line("keys that add or remove a flag ", result.changing));
  const ok = result.typing.p95 <= 16 && result.changing.p95 <= 16;
  console.log(ok ? "within budget" : "OVER BUDGET");
  process.exitCode = ok ? 0 : 1;
  await browser.close();
} finally {
  server.kill();
}
