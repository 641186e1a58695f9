/**
 * `npm run bench:orders`: place-order latency at a given concurrency, against PostgreSQL when
 * DATABASE_URL is set (a throwaway database, dropped afterwards) or in-memory PGlite otherwise.
 * Every order is a card payment through the test gateway: quote, stock hold, order, charge, settle.
 *
 *   BENCH_ORDERS=400 BENCH_CONCURRENCY=8 DATABASE_URL=postgres://… npm run bench:orders
 */
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { queryRows } from "../db/rows";
import { seedCategories, seedProducts } from "../db/seed/catalog";
import { loadCatalog } from "../db/seed/load";
import { loadPricing } from "../db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "../db/seed/pricing";
import { changeLine, type CartRef } from "../lib/cart/queries";
import { placeOrder } from "../lib/checkout/place-order";
import { createTestGateway } from "../lib/payments/test-gateway";

const total = Number(process.env.BENCH_ORDERS ?? 300);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const url = process.env.DATABASE_URL;

async function open(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void>; label: string }> {
  if (!url) {
    const handle = await openDatabase({ dataDir: "memory://" });
    return { handle, drop: async () => {}, label: "PGlite (in memory, one connection)" };
  }
  const name = `bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const scoped = new URL(url);
  scoped.pathname = `/${name}`;
  const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 4);
  const handle = await openDatabase({ url: scoped.toString(), poolMax });
  return {
    handle,
    label: `PostgreSQL (pool of ${poolMax})`,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const { handle, drop, label } = await open();
try {
  await migrateDatabase(handle);
  const now = new Date();
  const rules = seedPricingRules(now);
  await loadCatalog(handle.db, { categories: seedCategories, products: seedProducts, currency: "USD" });
  await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  const [variant] = await queryRows<{ id: number }>(handle.db, sql`select v.id from variants v join products p on p.id = v.product_id where p.slug = 'stoneware-mug' limit 1`);
  await handle.db.execute(sql`update inventory set on_hand = 1000000, reserved = 0 where variant_id = ${variant!.id}`);
  await handle.db.execute(sql`update products set purchase_limit = null where slug = 'stoneware-mug'`);

  const carts: CartRef[] = [];
  for (let i = 0; i < total; i++) {
    const ref: CartRef = { visitorId: randomUUID(), cartId: null };
    const added = await changeLine(handle.db, { ...ref, variantId: variant!.id, quantity: 1 + (i % 3), mode: "add" });
    if (added.ok) ref.cartId = added.cartId;
    carts.push(ref);
  }
  const gateway = createTestGateway();
  const address = { fullName: "Bench Shopper", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" };
  const base = { email: "bench@example.com", locale: "en" as const, address, billing: null, shippingMethodId: null, paymentMethod: "card" as const, card: { number: "4242424242424242", expiry: "12/34", cvc: "123" }, rules };
  // The shown total for each quantity, asked once the way the checkout page would.
  const totals = new Map<number, number>();
  for (const quantity of [1, 2, 3]) {
    const ref: CartRef = { visitorId: randomUUID(), cartId: null };
    const added = await changeLine(handle.db, { ...ref, variantId: variant!.id, quantity, mode: "add" });
    if (added.ok) ref.cartId = added.cartId;
    const answer = await placeOrder(handle.db, gateway, { ...base, cart: ref, idempotencyKey: randomUUID(), expectedTotal: -1 });
    if (answer.status === "total_changed") totals.set(quantity, answer.quote.total.amount);
  }

  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < carts.length) {
        const index = next++;
        const t0 = performance.now();
        const result = await placeOrder(handle.db, gateway, { ...base, cart: carts[index]!, idempotencyKey: randomUUID(), expectedTotal: totals.get(1 + (index % 3))! });
        latencies.push(performance.now() - t0);
        outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`\nplace order (card, test gateway) on ${label}: ${total} orders, ${concurrency} at a time\n`);
  console.log("| orders/s | p50 ms | p95 ms | p99 ms | max ms | outcomes |");
  console.log("|---|---|---|---|---|---|");
  console.log(
    `| ${(total / elapsed).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${latencies.at(-1)!.toFixed(1)} | ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")} |`,
  );
} finally {
  await handle.close();
  await drop();
}
