/**
 * `npm run bench:ux -- [--target checkout_layout|place_order_button|cart_checkout_cta|free_shipping_message] [--runs 3]`: scripted
 * shoppers go from a product page through the checkout to a placed order, once per arm of an
 * experiment on `target` (every option of it, equal shares), on a desktop and on a phone, and the
 * script prints what each took: fields typed, clicks, keystrokes and seconds (median of the runs),
 * plus the same as JSON (`--json FILE`). For a UX team comparing the effort of each arm
 * (docs/benchmark.md); it asserts nothing.
 *
 * It runs its own production server (scripts/measurement-server.ts, PGlite in .data/bench or
 * DATABASE_URL) with a `bench-ux-<target>` experiment running, and picks each shopper's visitor id
 * so the store's own assignment puts them in the arm being measured.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium, devices, type BrowserContext, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { chromiumArgs, chromiumExecutable } from "../e2e/browser";
import { assignArm } from "../lib/experiments/assignment";
import { experimentTargets, isTarget } from "../lib/experiments/targets";
import { startMeasurementServer } from "./measurement-server";
import { run } from "./run";

const { values: args } = parseArgs({ options: { target: { type: "string", default: "place_order_button" }, runs: { type: "string", default: "3" }, json: { type: "string" } } });
const target = args.target;
const runs = Number(args.runs);
const shopperTargets = ["checkout_layout", "place_order_button", "cart_checkout_cta", "free_shipping_message"];
if (!isTarget(target) || !shopperTargets.includes(target)) {
  console.error(`✗ --target takes one of the elements shoppers see on the way to an order: ${shopperTargets.join(", ")}`);
  process.exit(1);
}
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error("✗ --runs takes 1 to 20");
  process.exit(1);
}

const key = `bench-ux-${target.replaceAll("_", "-")}`;
const options = experimentTargets[target] as readonly string[];
const share = Math.floor(100 / options.length);
const arms = options.map((value, index) => ({ key: value.toLowerCase(), weight: index === 0 ? 100 - share * (options.length - 1) : share, value }));

// The experiment runs in the measurement server's database before the server opens it (one process per PGlite folder).
const dbEnv = { DATA_DIR: ".data/bench", DATABASE_URL: process.env.DATABASE_URL ?? "" };
if ((await run("npx", ["tsx", "scripts/prepare-db.ts"], dbEnv)) !== 0) process.exit(1);
{
  const handle = await openDatabase(dbEnv.DATABASE_URL ? { url: dbEnv.DATABASE_URL, poolMax: 1 } : { dataDir: dbEnv.DATA_DIR });
  await handle.db.execute(sql`update experiments set status = 'stopped', stopped_at = now() where target = ${target} and status = 'running'`);
  await handle.db.execute(sql`delete from experiments where key = ${key}`);
  await handle.db.execute(sql`insert into experiments (key, name, hypothesis, target, arms, primary_metric, status, started_at, created_by)
    values (${key}, ${`bench:ux ${target}`}, 'Measured by npm run bench:ux', ${target}, ${JSON.stringify(arms)}::jsonb, 'checkout_conversion', 'running', now(), 'bench:ux')`);
  await handle.close();
}

/** A visitor id the store assigns to `arm`. */
function visitorIn(arm: string): string {
  for (;;) {
    const id = randomUUID();
    if (assignArm(key, id, arms) === arm) return id;
  }
}

interface Effort {
  fields: number;
  clicks: number;
  keystrokes: number;
  seconds: number;
}

/** One shopper, counting what they do: each fill is a field and its characters are keystrokes; each click or check is a click. */
async function shop(context: BrowserContext, base: string, option: string): Promise<Effort> {
  const page = await context.newPage();
  const effort = { fields: 0, clicks: 0, keystrokes: 0 };
  const type = async (page: Page, role: "textbox", name: string | RegExp, text: string) => {
    const box = page.getByRole(role, { name, exact: typeof name === "string" });
    await box.click();
    await box.pressSequentially(text);
    effort.fields++;
    effort.clicks++;
    effort.keystrokes += text.length;
  };
  const click = async (locator: ReturnType<Page["getByRole"]>) => {
    await locator.click();
    effort.clicks++;
  };
  // The one-step-per-screen checkout moves on by "Continue" only.
  const next = async () => {
    if (option === "multiStep") await click(page.getByRole("button", { name: "Continue" }));
  };
  await page.goto(`${base}/en/p/enamel-camp-mug?color=white`);
  const started = performance.now();
  await click(page.getByRole("button", { name: "Add to cart" }).first());
  await click(page.getByRole("dialog").getByRole("link", { name: "View cart" }));
  await page.getByRole("heading", { level: 1, name: "Your cart" }).waitFor();
  await click(page.locator("#cart-checkout"));
  await page.getByRole("textbox", { name: "Email" }).waitFor();
  await type(page, "textbox", "Email", `bench.${randomUUID().slice(0, 8)}@example.com`);
  await next();
  await type(page, "textbox", "Full name", "Ada Lovelace");
  await page.getByRole("combobox", { name: "Country" }).selectOption("US");
  effort.fields++;
  effort.clicks++;
  await type(page, "textbox", "ZIP code", "97201");
  await page.getByRole("textbox", { name: "City" }).and(page.locator('[value="Portland"]')).waitFor();
  await type(page, "textbox", "Address", "1 Main Street");
  await next();
  await next();
  await click(page.getByRole("radio", { name: /Cash on delivery/ }));
  await click(page.getByRole("button", { name: /· \S/ }).last());
  await page.getByText("Confirmed — pay on delivery").first().waitFor({ timeout: 30_000 });
  const seconds = (performance.now() - started) / 1000;
  await page.close();
  return { ...effort, seconds };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const server = await startMeasurementServer(3250);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const results: { arm: string; option: string; device: "desktop" | "phone"; runs: Effort[]; median: Effort }[] = [];
try {
  for (const arm of arms) {
    for (const device of ["desktop", "phone"] as const) {
      const efforts: Effort[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ ...(device === "phone" ? devices["Pixel 7"] : devices["Desktop Chrome"]), locale: "en-US", extraHTTPHeaders: { "x-store-traffic": "test" } });
        await context.addCookies([{ name: "vid", value: visitorIn(arm.key), url: server.url }]);
        efforts.push(await shop(context, server.url, arm.value));
        await context.close();
      }
      const pickMedian = (name: keyof Effort) => median(efforts.map((effort) => effort[name]));
      results.push({ arm: arm.key, option: arm.value, device, runs: efforts, median: { fields: pickMedian("fields"), clicks: pickMedian("clicks"), keystrokes: pickMedian("keystrokes"), seconds: pickMedian("seconds") } });
    }
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(`bench:ux — ${target}, ${runs} run(s) per arm and device, product page to placed order (${server.database}); medians:`);
console.log("arm".padEnd(22) + "device".padEnd(9) + "fields".padStart(7) + "clicks".padStart(8) + "keys".padStart(7) + "seconds".padStart(9));
for (const row of results) {
  console.log(`${row.arm.padEnd(22)}${row.device.padEnd(9)}${String(row.median.fields).padStart(7)}${String(row.median.clicks).padStart(8)}${String(row.median.keystrokes).padStart(7)}${row.median.seconds.toFixed(1).padStart(9)}`);
}
if (args.json) writeFileSync(args.json, JSON.stringify({ target, experiment: key, runs, results }, null, 2));
console.log(`The experiment ${key} keeps running on ${server.database === "PGlite" ? ".data/bench" : "DATABASE_URL"}; its shoppers are marked as test traffic.`);
