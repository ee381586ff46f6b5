import { readFileSync } from "node:fs";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { test, expect, open, addOrganization, expectAccessible, snap } from "./fixtures.js";

const KEY = "missionready.workspace";

/** Add an organization with a mission and an own card, then build a kit of it on the
 *  Share page; returns the share link. */
async function makeKit(page, { name = "Lakeview Internal Medicine", mission, title = "IM interviews" } = {}) {
  await addOrganization(page, name);
  if (mission) {
    await page.getByRole("textbox", { name: "Mission statement", exact: true }).fill(mission);
  }
  await page.getByRole("link", { name: "Question cards" }).click();
  await page.getByRole("button", { name: "Add your own card" }).click();
  await page.getByRole("textbox", { name: "Question", exact: true }).fill("How are rural rotations chosen?");
  await page.getByRole("button", { name: "Save card" }).click();
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Share a kit");
  await page.getByRole("textbox", { name: "Kit title" }).fill(title);
  await page.getByRole("textbox", { name: "Note for the person you share with" }).fill("Start with the rural track.");
  await page.getByRole("checkbox", { name: new RegExp(escape(name)) }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(link).toMatch(/\/import#kit1\.[A-Za-z0-9_-]+$/);
  // Everything typed is saved (the save follows typing after a short pause).
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) || "", KEY))
    .toContain("How are rural rotations chosen?");
  return link;
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function storedNames(page) {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw).data.organizations.map((o) => o.name) : [];
  }, KEY);
}

test("a kit built here opens in a fresh browser, previews, imports and leaves the address clean", async ({
  page,
  browser,
}) => {
  const link = await makeKit(page, { mission: "To train internists who care for the rural Upper Midwest." });
  await expect(page.getByText(/characters: short enough for email/)).toBeVisible();
  await expectAccessible(page, "share page with a link");
  await snap(page, "share");

  // The QR code holds exactly the link.
  const png = PNG.sync.read(await page.locator("figure.qr svg").screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(link);

  const other = await browser.newContext();
  const student = await other.newPage();
  await student.goto(link.replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("Import a kit");
  await expect(student.getByRole("heading", { name: "IM interviews" })).toBeVisible();
  await expect(student.getByText("Start with the rural track.")).toBeVisible();
  await expect(student.getByText("1 organization, 1 card.")).toBeVisible();
  await expect(student.getByText("Lakeview Internal Medicine")).toBeVisible();
  await expectAccessible(student, "import preview");
  await snap(student, "import-preview");
  await student.getByRole("button", { name: "Import kit" }).click();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("Lakeview Internal Medicine");
  await expect(student.getByRole("heading", { name: "From the kit “IM interviews”" })).toBeVisible();
  expect(new URL(student.url()).hash).toBe("");
  await expect.poll(() => storedNames(student)).toEqual(["Lakeview Internal Medicine"]);
  await student.getByRole("link", { name: "Question cards" }).click();
  await expect(student.getByText("How are rural rotations chosen?")).toBeVisible();
  await other.close();
});

test("importing twice keeps both, clearly named, and never overwrites", async ({ page }) => {
  const link = await makeKit(page);
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await page.getByRole("button", { name: "Import kit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lakeview Internal Medicine (from “IM interviews”)");
  await expect.poll(() => storedNames(page)).toEqual([
    "Lakeview Internal Medicine",
    "Lakeview Internal Medicine (from “IM interviews”)",
  ]);
});

test("Cancel imports nothing and clears the address", async ({ page }) => {
  const link = await makeKit(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizations");
  expect(new URL(page.url()).hash).toBe("");
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

for (const [label, mangle, message] of [
  ["damaged", (f) => f.slice(0, 40) + "%%%" + f.slice(43), /damaged/],
  ["cut short", (f) => f.slice(0, Math.floor(f.length / 2)), /incomplete/],
  ["oversized", () => "kit1." + "A".repeat(70 * 1024), /too large/],
  ["from a newer version", (f) => f.replace("kit1.", "kit2."), /newer version/],
]) {
  test(`a ${label} link shows a message and changes nothing`, async ({ page }) => {
    const link = await makeKit(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
    const fragment = new URL(link).hash.slice(1);
    await page.goto(`/import#${mangle(fragment)}`);
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByText("Nothing was changed")).toBeVisible();
    await expect(page.getByRole("button", { name: "Import kit" })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
    if (label === "damaged") await expectAccessible(page, "import error");
  });
}

test("a kit full of markup imports as literal text and runs nothing", async ({ page, browser }) => {
  const name = `<img src=x onerror="window.__pwned=1">`;
  const mission = `<script>window.__pwned=2</script> javascript:window.__pwned=3 <b>bold</b>`;
  const link = await makeKit(page, { name, mission, title: "<svg onload=window.__pwned=4>" });
  const other = await browser.newContext();
  const student = await other.newPage();
  let dialogs = 0;
  student.on("dialog", (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await student.goto(new URL(new URL(link).pathname + new URL(link).hash, page.url()).toString());
  await expect(student.getByRole("heading", { name: "<svg onload=window.__pwned=4>" })).toBeVisible();
  await expect(student.getByText(name)).toBeVisible();
  await student.getByRole("button", { name: "Import kit" }).click();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(student.getByRole("textbox", { name: "Mission statement", exact: true })).toHaveValue(mission);
  expect(await student.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await student.locator("img, [onerror], [onload]").count()).toBe(0);
  expect(dialogs).toBe(0);
  await other.close();
});

test("a backup downloaded in one browser restores, complete, in another", async ({ page, browser }) => {
  await makeKit(page, { mission: "To heal the rural Upper Midwest." });
  await page.getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  await expect(page.getByText(/uses about \d+ KB of this browser's storage, for 1 organization/)).toBeVisible();
  await expectAccessible(page, "your data");
  await snap(page, "data");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup", exact: true }).click(),
  ]);
  const backup = readFileSync(await download.path(), "utf8");
  const original = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)).data;

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(new URL("/data", page.url()).toString());
  await expect(fresh.locator(".app[data-ready='true']")).toBeVisible();
  await addOrganization(fresh, "Already here");
  await expect.poll(() => storedNames(fresh)).toEqual(["Already here"]);
  await fresh.getByRole("link", { name: "Your data" }).click();

  // A damaged copy first: refused, nothing changes.
  const before = await fresh.evaluate((key) => localStorage.getItem(key), KEY);
  await fresh.getByLabel("Backup or kit file").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(backup.slice(0, backup.length - 40)),
  });
  await expect(fresh.getByRole("alert")).toContainText("Nothing was changed");
  expect(await fresh.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);

  await fresh.getByLabel("Backup or kit file").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(backup),
  });
  await expect(fresh.getByRole("heading", { name: "A backup of 1 organization" })).toBeVisible();
  await fresh.getByRole("button", { name: "Replace everything here…" }).click();
  await expect(fresh.getByRole("alert")).toContainText("Replace everything?");
  await expectAccessible(fresh, "replace confirmation");
  await fresh.getByRole("button", { name: "Replace everything", exact: true }).click();
  await expect.poll(async () => JSON.parse(await fresh.evaluate((key) => localStorage.getItem(key), KEY)).data).toEqual(
    original,
  );
  await other.close();
});

test("merge keeps what is here; delete all needs the typed word", async ({ page }) => {
  await addOrganization(page, "Northside");
  await page.getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup", exact: true }).click(),
  ]);
  const backup = readFileSync(await download.path(), "utf8");

  await page.getByRole("button", { name: "Delete all data…" }).click();
  const del = page.getByRole("button", { name: "Delete everything" });
  await expect(del).toBeDisabled();
  await page.getByRole("textbox", { name: "Type DELETE to confirm" }).fill("delete");
  await expect(del).toBeDisabled();
  await page.getByRole("textbox", { name: "Type DELETE to confirm" }).fill("DELETE");
  await del.click();
  await expect.poll(() => storedNames(page)).toEqual([]);

  await addOrganization(page, "Southside");
  await page.getByRole("link", { name: "Your data" }).click();
  await page.getByLabel("Backup or kit file").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(backup),
  });
  await page.getByRole("button", { name: "Merge into what is here" }).click();
  await expect.poll(() => storedNames(page)).toEqual(["Southside", "Northside"]);
});

test("a kit file downloaded from Share imports from Your data", async ({ page }) => {
  await makeKit(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download kit file" }).click(),
  ]);
  const file = readFileSync(await download.path());
  await page.getByRole("link", { name: "Your data" }).click();
  await page.getByLabel("Backup or kit file").setInputFiles({ name: "kit.json", mimeType: "application/json", buffer: file });
  await expect(page.getByRole("heading", { name: "IM interviews" })).toBeVisible();
  await page.getByRole("button", { name: "Import kit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lakeview Internal Medicine (from “IM interviews”)");
});

test("a long kit warns above 2,000 characters, offers the file and drops the QR code", async ({ page }) => {
  const mission = Array.from({ length: 800 }, (_, i) => `w${(i * 7919) % 10007}x${(i * 104729) % 997}`).join(" ");
  await makeKit(page, { mission });
  await expect(page.getByText(/Some email programs break links longer than 2,000 characters/)).toBeVisible();
  await expect(page.getByText(/No QR code/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Download kit file" })).toBeVisible();
});

test("personal notes stay out of a kit unless ticked", async ({ page }) => {
  await addOrganization(page, "Private Notes Health");
  await page.getByRole("textbox", { name: "Notes", exact: true }).fill("Salary offer was low");
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await page.getByRole("checkbox", { name: /Private Notes Health/ }).check();
  await expect(page.getByRole("checkbox", { name: "Include my notes, debriefs and ratings" })).not.toBeChecked();
  await page.getByRole("button", { name: "Create share link" }).click();
  const without = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.getByRole("checkbox", { name: "Include my notes, debriefs and ratings" }).check();
  const withNotes = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(withNotes).not.toBe(without);
  await page.goto(new URL(without).pathname + new URL(without).hash);
  await expect(page.getByText("includes the sender's own notes")).toHaveCount(0);
  await page.goto(new URL(withNotes).pathname + new URL(withNotes).hash);
  await expect(page.getByText("This kit includes the sender's own notes, debrief and ratings.")).toBeVisible();
});

test("the Share page without organizations says what to do", async ({ page }) => {
  await open(page, "/share");
  await expect(page.getByText("Add an organization first")).toBeVisible();
  await expectAccessible(page, "share, empty");
});

test("Copy link puts the link on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const link = await makeKit(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test("the browser is asked to keep storage after the first save, and Your data shows its answer", async ({ page }) => {
  // A browser that keeps storage only once asked, and counts the asks.
  await page.addInitScript(() => {
    window.__persistAsks = 0;
    let granted = false;
    navigator.storage.persisted = () => Promise.resolve(granted);
    navigator.storage.persist = () => {
      window.__persistAsks += 1;
      return Promise.resolve(window.__grant === true ? (granted = true) : false);
    };
  });
  await open(page);
  expect(await page.evaluate(() => window.__persistAsks)).toBe(0);
  await addOrganization(page, "Persistent Health");
  await expect.poll(() => page.evaluate(() => window.__persistAsks)).toBe(1);
  await page.getByRole("link", { name: "Your data" }).click();
  await expect(page.getByText(/This browser may clear your data/)).toBeVisible();
  await page.evaluate(() => (window.__grant = true));
  await page.getByRole("button", { name: "Ask the browser to keep my data" }).click();
  await expect(page.getByText(/This browser keeps your data until you delete it/)).toBeVisible();
  expect(await page.evaluate(() => window.__persistAsks)).toBe(2);
});
