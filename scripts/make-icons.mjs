// Draw the app's PNG icons from their SVG sources with the system Chromium, once, when the
// SVGs change; the PNGs are committed (builds copy them, nothing is drawn at build time).
//   node scripts/make-icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [source, size, out] of [
  ["assets/icon.svg", 192, "assets/icon-192.png"],
  ["assets/icon.svg", 512, "assets/icon-512.png"],
  ["assets/icon-maskable.svg", 512, "assets/icon-maskable-512.png"],
  ["assets/icon.svg", 180, "assets/apple-touch-icon.png"],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(source, "utf8");
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: out, omitBackground: true });
  await page.close();
  console.log(`${out} ${size}x${size}`);
}
await browser.close();
