import { test, expect, open } from "./fixtures.js";

const KEY = "missionready.workspace";

function envelope(rev, names) {
  return JSON.stringify({
    schema: 5,
    app: "0.1.0",
    rev,
    saved_at: 1764250000000,
    data: {
      organizations: names.map((name, i) => ({ id: `o${i}`, name, created_at: 1, updated_at: 1 })),
    },
  });
}

test("nothing is written before stored data has been read", async ({ page }) => {
  await page.addInitScript((raw) => {
    localStorage.setItem("missionready.workspace", raw);
  }, envelope(4, ["Seeded Health"]));
  // Installed after the seeding above, so only the app's own writes are counted.
  await page.addInitScript(() => {
    window.__writesBeforeReady = [];
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (!document.querySelector(".app[data-ready='true']")) window.__writesBeforeReady.push(key);
      return original.call(this, key, value);
    };
  });
  await open(page);
  await expect(page.getByRole("link", { name: "Seeded Health" })).toBeVisible();
  expect(await page.evaluate(() => window.__writesBeforeReady)).toEqual([]);
});

for (const [label, raw] of [
  ["truncated JSON", '{"schema":1,"data":{'],
  ["not JSON", "hello"],
  ["null", "null"],
  ["an array", "[]"],
  ["data of the wrong shape", '{"schema":1,"rev":2,"data":{"organizations":{"a":1}}}'],
]) {
  test(`unreadable stored data (${label}) is kept aside, the user is told, and it is never overwritten`, async ({ page }) => {
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    }, [KEY, raw]);
    await open(page);
    const notice = page.getByRole("alert").filter({ hasText: "Some saved data could not be read" });
    await expect(notice).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("missionready.quarantine.")).map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([raw]);

    // Working on does not touch the copy kept aside.
    await page.getByRole("button", { name: "Try an example" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "Some saved data could not be read" })).toBeVisible();
    const after = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("missionready.quarantine.")).map((k) => localStorage.getItem(k)),
    );
    expect(after).toEqual([raw]);

    // It can be downloaded as it was.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download unreadable data" }).click();
    const file = await download;
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(await file.path(), "utf8")).toBe(raw);

    // Discarding needs a second, explicit step.
    await page.getByRole("button", { name: "Discard it…" }).click();
    await page.getByRole("button", { name: "Discard permanently" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some saved data could not be read" })).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("missionready.quarantine.")))).toEqual([]);
  });
}

test("data written by a newer version opens read-only and is left byte for byte", async ({ page }) => {
  const newer = JSON.stringify({ schema: 99, rev: 8, data: { organizations: [], future: true } });
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, newer]);
  await open(page);
  await expect(page.getByRole("alert").filter({ hasText: "Changes are not being saved" })).toContainText("newer version");
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await page.waitForTimeout(600);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
});

test("blocked storage: the app works and says nothing will be kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await open(page);
  await expect(page.getByRole("alert").filter({ hasText: "Nothing will be kept after you close this tab" })).toBeVisible();
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
});

test("a full storage shows that changes are not being saved, and saving resumes once there is room", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
  // Fill what is left of the origin's storage, in ever smaller pieces.
  await page.evaluate(() => {
    let i = 0;
    for (const size of [256 * 1024, 16 * 1024, 1024, 64]) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await page.getByLabel("Notes").fill("n".repeat(45_000));
  const alert = page.getByRole("alert").filter({ hasText: "Changes are not being saved" });
  await expect(alert).toContainText("storage for Mission Ready is full");
  await expect(alert.getByRole("button", { name: "Download backup" })).toBeVisible();

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler")).forEach((k) => localStorage.removeItem(k)));
  await alert.getByRole("button", { name: "Try saving again" }).click();
  await expect(alert).toHaveCount(0);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  expect(stored.data.organizations[0].notes).toBe("n".repeat(45_000));
});

test("two tabs: a tab without unsaved changes follows the other; a tab with them is not overwritten", async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await a.getByRole("button", { name: "Add organization" }).click();
  await a.getByRole("textbox", { name: "Organization name", exact: true }).fill("First Health");
  await a.getByRole("button", { name: "Save organization" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("First Health");
  await a.getByRole("link", { name: "Organizations", exact: true }).click();
  await expect(a.getByRole("link", { name: "First Health" })).toBeVisible();
  await a.waitForTimeout(600);

  const b = await context.newPage();
  await open(b);
  await expect(b.getByRole("link", { name: "First Health" })).toBeVisible();

  // B adds; A has no unsaved changes, so it follows.
  await b.getByRole("button", { name: "Add organization" }).click();
  await b.getByRole("textbox", { name: "Organization name", exact: true }).fill("Second Health");
  await b.getByRole("button", { name: "Save organization" }).click();
  await expect(a.getByRole("link", { name: "Second Health" })).toBeVisible();
  await b.getByRole("link", { name: "Organizations", exact: true }).click();

  // Both edit before either saves: the later one must not overwrite the earlier.
  await a.getByRole("button", { name: "Add organization" }).click();
  await a.getByRole("textbox", { name: "Organization name", exact: true }).fill("From A");
  await b.getByRole("button", { name: "Add organization" }).click();
  await b.getByRole("textbox", { name: "Organization name", exact: true }).fill("From B");
  await a.getByRole("button", { name: "Save organization" }).click();
  await b.getByRole("button", { name: "Save organization" }).click();
  const conflict = b.getByRole("alert").filter({ hasText: "changed in another tab" });
  await expect(conflict).toBeVisible();
  let stored = await b.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  expect(stored.data.organizations.map((o) => o.name)).toContain("From A");
  expect(stored.data.organizations.map((o) => o.name)).not.toContain("From B");

  // The user keeps B's version deliberately.
  await conflict.getByRole("button", { name: "Keep this tab's version" }).click();
  await expect(conflict).toHaveCount(0);
  stored = await b.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  expect(stored.data.organizations.map((o) => o.name)).toContain("From B");
});
