/**
 * `npm run traffic -- --visitors 5000 [--days 14] [--lift <arm>=<relative>] [--clear]`: generated
 * shoppers for demonstrating the analytics and an experiment (docs/benchmark.md). Each visit gets a
 * device (68 % phones), language, source and a furthest step drawn with drop-off rates close to the
 * published averages (about 9 % of visits add to cart, 4–5 % start checkout and 2–3 % order; phones
 * convert at about half the desktop rate), and is written as events marked `synthetic` — the
 * dashboards leave them out unless asked. Visitors who reach an element a running experiment varies
 * are exposed to their arm (the store's own assignment) and their orders are written as orders of
 * `…@synthetic.invalid`, so the results page has something to show; `--lift complete=0.2` makes
 * arm "complete" convert 20 % better, to watch a verdict form. `--clear` removes every synthetic
 * visit, exposure and order. Stop the server first on PGlite (one process per data folder).
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { queryRows } from "@/db/rows";
import { events, experimentExposures, orders } from "@/db/schema";
import { env } from "@/lib/env";
import { assignArm } from "@/lib/experiments/assignment";
import type { ExperimentArm } from "@/lib/experiments/experiments";

const { values: args } = parseArgs({
  options: { visitors: { type: "string", default: "5000" }, days: { type: "string", default: "14" }, lift: { type: "string", multiple: true, default: [] }, clear: { type: "boolean", default: false } },
});
const visitors = Number(args.visitors);
const days = Number(args.days);
if (!Number.isInteger(visitors) || visitors < 1 || visitors > 1_000_000 || !Number.isInteger(days) || days < 1 || days > 365) {
  console.error("✗ --visitors takes 1 to 1,000,000 and --days 1 to 365, e.g. npm run traffic -- --visitors 5000 --days 14");
  process.exit(1);
}
const lifts = new Map(
  args.lift.map((entry) => {
    const match = /^([a-z0-9-]+)=(-?\d+(\.\d+)?)$/.exec(entry);
    if (!match) {
      console.error(`✗ --lift takes <arm>=<relative change>, e.g. complete=0.2; got "${entry}"`);
      process.exit(1);
    }
    return [match[1]!, Number(match[2])] as const;
  }),
);

/** Continuation from each step to the next: visit → product → add → checkout → contact → address → delivery → payment → order. */
const continueRates = [0.55, 0.17, 0.5, 0.85, 0.9, 0.92, 0.9, 0.82];
const steps = ["product_view", "cart_add", "checkout_start", "contact", "address", "delivery", "payment", "order_placed"] as const;
const pick = <T,>(weighted: [T, number][]): T => {
  let point = Math.random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) if ((point -= weight) < 0) return value;
  return weighted[0]![0];
};

const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: 2 } : { dataDir: env.DATA_DIR });
try {
  if (args.clear) {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`delete from experiment_exposures where traffic = 'synthetic'`);
      await tx.execute(sql`delete from orders where email like '%@synthetic.invalid'`);
      await tx.execute(sql`delete from events where traffic = 'synthetic'`);
    });
    console.log("▸ Synthetic visits, exposures and orders removed.");
    process.exit(0);
  }
  const running = await queryRows<{ key: string; target: string; arms: ExperimentArm[] }>(handle.db, sql`select key, target, arms from experiments where status = 'running'`);
  const [variant] = await queryRows<{ id: number; slug: string; price: number; productId: number }>(
    handle.db,
    sql`select v.id, p.slug, v.price, p.id as "productId" from variants v join products p on p.id = v.product_id where p.status = 'active' order by v.id limit 1`,
  );
  const now = Date.now();
  const eventRows: (typeof events.$inferInsert)[] = [];
  const exposureRows: (typeof experimentExposures.$inferInsert)[] = [];
  const orderRows: (typeof orders.$inferInsert)[] = [];
  for (let i = 0; i < visitors; i++) {
    const visitorId = randomUUID();
    const sessionId = randomUUID();
    const device = Math.random() < 0.68 ? ("mobile" as const) : ("desktop" as const);
    const locale = pick<string>([["en", 70], ["uk", 10], ["fa", 10], ["ar", 10]]);
    const source = pick<string>([["direct", 35], ["search", 35], ["social", 10], ["email", 8], ["referral", 7], ["campaign", 5]]);
    let at = now - Math.random() * days * 86_400_000;
    const base = { visitorId, sessionId, device, locale, source, traffic: "synthetic" as const, market: null, path: `/${locale}` };
    const arms: Record<string, string> = {};
    const push = (name: string, props: Record<string, unknown>) => {
      eventRows.push({ ...base, name, props, arms: { ...arms }, at: new Date(at) });
      at += (15 + Math.random() * 90) * 1000;
    };
    push("visit", { source, landing: `/${locale}` });
    for (const [index, step] of steps.entries()) {
      // Phones finish checkout less often than desktops (smaller forms, more interruptions).
      let rate = continueRates[index]! * (device === "mobile" && index >= 3 ? 0.92 : 1);
      // An experiment is seen at the cart (its Checkout button) or at the final button.
      for (const experiment of running) {
        const seenAt = experiment.target === "cart_checkout_cta" ? 2 : experiment.target === "place_order_button" ? 6 : -1;
        if (index === seenAt && !(experiment.key in arms)) {
          const arm = assignArm(experiment.key, visitorId, experiment.arms);
          arms[experiment.key] = arm;
          exposureRows.push({ experimentKey: experiment.key, visitorId, arm, device, traffic: "synthetic", at: new Date(at) });
        }
        const lift = arms[experiment.key] ? lifts.get(arms[experiment.key]!) : undefined;
        if (lift !== undefined && index >= 6) rate = Math.min(1, rate * (1 + lift / 2));
      }
      if (Math.random() >= rate) break;
      if (step === "product_view") push(step, { productId: variant!.productId, slug: variant!.slug, variantId: variant!.id });
      else if (step === "cart_add") push(step, { variantId: variant!.id, quantity: 1 });
      else if (step === "checkout_start") push(step, { lines: 1, total: variant!.price, currency: "USD" });
      else if (step === "order_placed") {
        const number = 900_000_000 + Math.floor(Math.random() * 99_999_999);
        push(step, { number, method: "card" });
        if (Object.keys(arms).length)
          orderRows.push({
            idempotencyKey: `synthetic-${randomUUID()}`,
            visitorId,
            email: `${visitorId}@synthetic.invalid`,
            locale,
            status: "paid",
            paymentMethod: "card",
            currency: "USD",
            subtotal: variant!.price,
            discount: 0,
            shipping: 0,
            tax: 0,
            taxIncluded: false,
            total: variant!.price,
            shippingMethodId: "synthetic",
            deliveryWindow: { from: new Date(at).toISOString().slice(0, 10), to: new Date(at).toISOString().slice(0, 10) },
            shippingAddress: { fullName: "Synthetic Shopper", line1: "1 Example Street", line2: null, city: "Portland", region: "OR", postalCode: "97201", country: "US" },
            createdAt: new Date(at),
          });
      } else push("checkout_section_completed", { section: step });
    }
  }
  const chunk = 1000;
  for (let i = 0; i < eventRows.length; i += chunk) await handle.db.insert(events).values(eventRows.slice(i, i + chunk));
  for (let i = 0; i < exposureRows.length; i += chunk) await handle.db.insert(experimentExposures).values(exposureRows.slice(i, i + chunk)).onConflictDoNothing();
  for (let i = 0; i < orderRows.length; i += chunk) await handle.db.insert(orders).values(orderRows.slice(i, i + chunk));
  const reached = (name: string) => eventRows.filter((row) => row.name === name).length;
  console.log(`▸ ${visitors.toLocaleString("en")} synthetic visits over ${days} days: ${eventRows.length.toLocaleString("en")} events`);
  console.log(`  product views ${reached("product_view")}, adds ${reached("cart_add")}, checkouts ${reached("checkout_start")}, orders ${reached("order_placed")}`);
  if (running.length) console.log(`  ${exposureRows.length} exposures to ${running.map((experiment) => experiment.key).join(", ")}; ${orderRows.length} orders for them (…@synthetic.invalid)`);
  console.log("  The dashboards leave them out unless traffic “synthetic” is included; npm run traffic -- --clear removes them.");
} finally {
  await handle.close();
}
