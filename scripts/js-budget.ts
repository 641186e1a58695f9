/**
 * `npm run bench:js`: the JavaScript each storefront page loads, in gzip kB, as a phone opening
 * it would download it (every script the page requests until the network is idle, gzipped here
 * at the default level so the figure does not depend on the server's compression).
 * Cart and checkout are opened with one item in the cart. It prints figures; it asserts nothing.
 *
 * Against a running production server: `JS_BUDGET_URL=http://127.0.0.1:3400 npm run bench:js`;
 * without JS_BUDGET_URL it starts one of the current sources (building first if they changed).
 * `--files` also lists each script with its gzip size.
 */
import { gzipSync } from "node:zlib";
import { chromium, devices, type Page } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../e2e/browser";
import { addMugToCart } from "./cart-in-browser";
import { startMeasurementServer } from "./measurement-server";

const pages = [
  ["/en", false],
  ["/en/c/apparel", false],
  ["/en/p/brushed-fleece-hoodie", false],
  ["/en/cart", true],
  ["/en/checkout", true],
] as const;

const listFiles = process.argv.includes("--files");

interface Sizes {
  files: number;
  gzipKb: number;
  rawKb: number;
}

async function scriptsOf(page: Page, url: string): Promise<Sizes> {
  const bodies = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(response.body().then((body) => void bodies.set(response.url(), body), () => {}));
  };
  page.on("response", listener);
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  page.off("response", listener);
  let gzip = 0;
  let raw = 0;
  for (const [script, body] of bodies) {
    const zipped = gzipSync(body).length;
    if (listFiles) console.log(`  ${(zipped / 1024).toFixed(1).padStart(6)} kB  ${new URL(script).pathname}`);
    gzip += zipped;
    raw += body.length;
  }
  return { files: bodies.size, gzipKb: gzip / 1024, rawKb: raw / 1024 };
}

const given = process.env.JS_BUDGET_URL;
const server = given ? undefined : await startMeasurementServer(3230);
const base = given ?? server!.url;
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const rows: string[] = [];
try {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  for (const [path, withCart] of pages) {
    // Each page in a fresh tab with an empty cache, as a first visit would load it.
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (withCart && !(await context.cookies()).some((c) => c.name.includes("cart"))) await addMugToCart(page, base);
    if (listFiles) console.log(path);
    const sizes = await scriptsOf(page, base + path);
    rows.push(`| ${path} | ${sizes.gzipKb.toFixed(1)} | ${sizes.rawKb.toFixed(1)} | ${sizes.files} |`);
    await page.close();
  }
} finally {
  await browser.close();
  server?.stop();
}
console.log("\n| page | JS gzip kB | JS raw kB | scripts |");
console.log("|---|---|---|---|");
for (const row of rows) console.log(row);
