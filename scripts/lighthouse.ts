/**
 * `npm run lighthouse`: Lighthouse (mobile, default throttling) on home, a listing, a product page
 * (English and Persian), the cart and the checkout of a fresh production server; prints per page the
 * median of LIGHTHOUSE_RUNS (3) runs (LIGHTHOUSE_PAGES=product,checkout for some of them): the four
 * category scores, LCP, CLS, TBT and the JavaScript transferred.
 * Cart and checkout are measured with a cart holding one item (cookies from a real add-to-cart).
 * Needs Chrome/Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { startMeasurementServer } from "./measurement-server";
import { run } from "./run";

const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const pages = [
  ["home", "/en", false],
  ["listing", "/en/c/apparel", false],
  ["product", "/en/p/brushed-fleece-hoodie", false],
  ["product (fa)", "/fa/p/brushed-fleece-hoodie", false],
  ["cart", "/en/cart", true],
  ["checkout", "/en/checkout", true],
] as const;

/** Adds a product to a cart in a real browser and returns that browser's cookies as a header. */
async function cartCookies(url: string): Promise<string> {
  const { chromium } = await import("@playwright/test");
  const { chromiumArgs, chromiumExecutable } = await import("../e2e/browser");
  const { addMugToCart } = await import("./cart-in-browser");
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await addMugToCart(page, url);
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** A live shop is warm: the catalog cache is filled and next/image has optimized its images once. */
async function warm(url: string, cookie?: string) {
  const html = await (await fetch(url, { headers: { "user-agent": "Mozilla/5.0 (Linux; Android 11) Mobile", ...(cookie ? { cookie } : {}) } })).text();
  const images = [...html.matchAll(/(?:src|srcSet)="([^"]*\/_next\/image[^"]*)"/g)].flatMap((m) =>
    m[1]!.replaceAll("&amp;", "&").split(",").map((part) => part.trim().split(" ")[0]!),
  );
  await Promise.all([...new Set(images)].map((src) => fetch(new URL(src, url)).then((r) => r.arrayBuffer())));
}

const server = await startMeasurementServer(Number(process.env.LIGHTHOUSE_PORT ?? 3310));
mkdirSync("artifacts/lighthouse", { recursive: true });
interface LighthouseReport {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
}

/** Bytes of JavaScript the page transferred (Lighthouse's resource summary). */
const scriptBytes = (report: LighthouseReport) =>
  report.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script")?.transferSize ?? 0;

const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** LIGHTHOUSE_PAGES=product,checkout measures only those pages (by the names printed). */
const onlyPages = process.env.LIGHTHOUSE_PAGES?.split(",").map((page) => page.trim());
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[][] = [];
try {
  const cookie = await cartCookies(server.url);
  for (const [name, path, withCart] of pages.filter(([name]) => !onlyPages || onlyPages.includes(name))) {
    const headers = withCart ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : [];
    await warm(server.url + path, withCart ? cookie : undefined);
    const reports: LighthouseReport[] = [];
    // Lighthouse varies from run to run, more so on two cores shared with the server: report the median.
    for (let runIndex = 0; runIndex < runsPerPage; runIndex++) {
      const output = `artifacts/lighthouse/${name.replace(/\W+/g, "-").replace(/-$/, "")}-${runIndex + 1}.json`;
      // Asynchronous on purpose: a blocked event loop would leave dead keep-alive sockets in fetch's pool.
      const code = await run(
        "npx",
        [
          "lighthouse",
          server.url + path,
          "--quiet",
          ...headers,
          "--output=json",
          `--output-path=${output}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
        ],
        chromePath ? { CHROME_PATH: chromePath } : {},
      );
      if (code !== 0) throw new Error(`Lighthouse failed on ${path}`);
      reports.push(JSON.parse(readFileSync(output, "utf8")));
    }
    const numeric = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? 0));
    rows.push([
      `${name} \`${path}\``,
      ...categories.map((c) => String(median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100))))),
      `${(numeric("largest-contentful-paint") / 1000).toFixed(1)} s`,
      numeric("cumulative-layout-shift").toFixed(3),
      `${Math.round(numeric("total-blocking-time"))} ms`,
      `${Math.round(median(reports.map(scriptBytes)) / 1024)} kB`,
    ]);
  }
} finally {
  server.stop();
}
console.log(`\nMedian of ${runsPerPage} runs per page (Lighthouse mobile defaults: simulated slow 4G, 4× CPU slowdown)`);
// Lighthouse's CPU figures (TBT, performance) suffer when other work shares the cores.
console.log(`Machine load average at the end: ${loadavg()[0]!.toFixed(1)}`);
console.log("\n| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | JS transferred |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
