// Playwright runs against the release build (`trunk build --release`) served by
// e2e/server.mjs with the production headers. Chromium comes from apt: Playwright's own
// browser download is not used.
import { defineConfig } from "@playwright/test";

// E2E_DIST serves another build (an older one, say, to see a new test fail on it).
const port = Number(process.env.E2E_PORT || 8181);
const dist = process.env.E2E_DIST || "dist";

export default defineConfig({
  testDir: "./tests",
  outputDir: "./results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    serviceWorkers: "allow",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node e2e/server.mjs ${dist} ${port}`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
