/**
 * `npm run chaos`: shoppers place orders (card, cash on delivery, a declined card, some with a
 * coupon that may be used only a few times) through the real store over HTTP while the server is
 * killed with SIGKILL again and again and restarted. A shopper whose request died with the server
 * sends it again, as a browser's retry would. Then the database must show:
 *
 * - no order lost: every shopper told "placed" has its order, and no shopper has two;
 * - every placed order has exactly one receipt, and it was delivered;
 * - stock + units sold = starting stock, for every variant, and what is held is what open orders hold;
 * - no stock hold outlives its expiry by more than a sweep interval;
 * - the coupon was used no more often than its limit.
 *
 * Needs PostgreSQL (DATABASE_URL; a throwaway database is created next to it and dropped) and
 * a current production build. `npm test` runs a bounded round (CHAOS_SECONDS=30); the figures
 * in docs/deploy.md come from the full run:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run chaos -- --seconds 120 --shoppers 8
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { buildIsCurrent } from "./build-fingerprint";
import { run } from "./run";
import { HttpShopper, storeActions, type ShopperOutcome } from "./http-shopper";
import { assertPortFree, startStore, waitUntilHealthy, type StoreServer } from "./store-server";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: process.env.CHAOS_SECONDS ?? "60" },
    shoppers: { type: "string", default: process.env.CHAOS_SHOPPERS ?? "6" },
    port: { type: "string", default: "3300" },
  },
});
const seconds = Number(args.seconds);
const shopperCount = Number(args.shoppers);
const port = Number(args.port);
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.error("✗ npm run chaos needs PostgreSQL: set DATABASE_URL (it creates and drops a database of its own next to it).");
  process.exit(1);
}
if (!buildIsCurrent()) {
  console.error("✗ The production build is missing or older than the sources: run `npx next build` first.");
  process.exit(1);
}

const couponCode = "CHAOS5";
const couponLimit = 5;
const startingStock = 400;
/** How long a mail a worker claimed stays claimed (mailPolicy.leaseMs, lib/mail/send.ts). */
const mailLeaseSeconds = 120;
/** The hold sweep's interval (lib/jobs/maintenance.ts) plus the time a sweep may take. */
const sweepAllowanceSeconds = 15 + 15;

// ── A database of its own ────────────────────────────────────────────────────────────────────────
const name = `chaos_${randomBytes(4).toString("hex")}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const scoped = new URL(baseUrl);
scoped.pathname = `/${name}`;
const databaseUrl = scoped.toString();
const db = postgres(databaseUrl, { max: 2, onnotice: () => {} });
let server: StoreServer | null = null;
let killer: Promise<void> = Promise.resolve();
let stopping = false;

async function cleanUp() {
  stopping = true;
  await killer;
  server?.crash();
  await server?.exited;
  await db.end();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}

try {
  if ((await run("npx", ["tsx", "scripts/prepare-db.ts"], { DATABASE_URL: databaseUrl })) !== 0) throw new Error("Preparing the database failed.");
  await db`update products set purchase_limit = null where slug = 'brushed-fleece-hoodie'`;
  await db`insert into coupons (code, kind, value, usage_limit, times_used) values (${couponCode}, 'percent', 10, ${couponLimit}, 0)
    on conflict (code) do update set usage_limit = ${couponLimit}, times_used = 0`;

  const env = { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: "4", SITE_URL: `http://localhost:${port}` };
  await assertPortFree(port);
  server = startStore(port, env);
  await waitUntilHealthy(server.url);
  const url = server.url;
  const actions = await storeActions(url);
  const variant = { id: actions.variantId };
  await db`update inventory set on_hand = ${startingStock}, reserved = 0 where variant_id = ${variant.id}`;
  const stockBefore = new Map((await db<{ variantId: number; onHand: number }[]>`select variant_id as "variantId", on_hand as "onHand" from inventory`).map((row) => [row.variantId, row.onHand]));

  // ── The killer: SIGKILL every 2–5 s, restart at once ─────────────────────────────────────────
  let kills = 0;
  let restartMs = 0;
  let chaosOn = true;
  killer = (async () => {
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until && !stopping) {
      await new Promise((resolve) => setTimeout(resolve, 2000 + Math.random() * 3000));
      if (Date.now() >= until || stopping) break;
      server!.crash();
      await server!.exited;
      kills++;
      server = startStore(port, env);
      restartMs += await waitUntilHealthy(url);
    }
    chaosOn = false;
  })();

  // ── Shoppers ──────────────────────────────────────────────────────────────────────────────────
  const outcomes: ShopperOutcome[] = [];
  let requestsCutOff = 0;
  async function shop(index: number, round: number): Promise<ShopperOutcome> {
    const shopper = new HttpShopper(url, actions, `10.${index}.${(round >> 8) & 255}.${round & 255}`);
    const email = `chaos.${index}.${round}.${shopper.visitor.slice(0, 8)}@example.com`;
    const kind = (["card", "cash", "card", "declined"] as const)[(index + round) % 4]!;
    const withCoupon = round % 3 === 0;
    let retries = await shopper.addToCart();
    if (withCoupon) await shopper.applyCoupon(couponCode);
    const placed = await shopper.placeOrder(email, kind);
    retries += placed.retries;
    requestsCutOff += shopper.requestsResent;
    return { email, kind, coupon: withCoupon, result: placed.result, number: placed.number, retries };
  }

  const started = Date.now();
  await Promise.all(
    Array.from({ length: shopperCount }, async (_, index) => {
      for (let round = 0; chaosOn || round === 0; round++) outcomes.push(await shop(index, round));
    }),
  );
  await killer;
  const elapsed = (Date.now() - started) / 1000;

  // The server keeps running: the mail worker delivers what a kill interrupted (a receipt claimed by a
  // worker that died is sent again once its lease runs out), the sweep releases stale holds.
  const settling = Date.now();
  const deadline = settling + mailLeaseSeconds * 1000 + 45_000;
  for (;;) {
    const [pending] = await db<{ n: number }[]>`select count(*)::int as n from mail_outbox where sent_at is null and dedupe_key like 'order-receipt:%'`;
    const [held] = await db<{ n: number }[]>`select count(*)::int as n from orders where stock_settled = false and reserved_until < now()`;
    if ((pending!.n === 0 && held!.n === 0) || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const settleSeconds = Math.round((Date.now() - settling) / 1000);

  // ── What the database says ───────────────────────────────────────────────────────────────────
  const placed = outcomes.filter((o) => o.result === "placed");
  type OrderRow = { visitorEmail: string; number: number; status: string; id: string };
  const orderRows: OrderRow[] = [...(await db<OrderRow[]>`select email as "visitorEmail", number, status, id from orders`)];
  const byEmail = new Map<string, OrderRow[]>();
  for (const row of orderRows) byEmail.set(row.visitorEmail, [...(byEmail.get(row.visitorEmail) ?? []), row]);
  const live = (rows: OrderRow[]) => rows.filter((row) => row.status !== "payment_failed" && row.status !== "cancelled");
  const lost = placed.filter((o) => !live(byEmail.get(o.email) ?? []).some((row) => row.number === o.number)).length;
  const doubled = [...byEmail.values()].filter((rows) => live(rows).length > 1).length;
  const receipts = await db<{ number: number; receipts: number; delivered: number; status: string; method: string }[]>`
    select o.number, o.status, o.payment_method as method, count(m.*)::int as receipts, count(m.sent_at)::int as delivered
    from orders o left join mail_outbox m on m.dedupe_key = 'order-receipt:' || o.id
    where o.status not in ('payment_failed', 'cancelled', 'pending_payment') group by o.number, o.status, o.payment_method`;
  const receiptProblems = receipts.filter((r) => r.receipts !== 1 || r.delivered !== 1).length;
  for (const r of receipts.filter((r) => r.receipts !== 1 || r.delivered !== 1)) console.error(`  order ${r.number} (${r.method}, ${r.status}): ${r.receipts} receipts, ${r.delivered} delivered`);
  const stockRows = await db<{ variantId: number; onHand: number; reserved: number; sold: number; held: number }[]>`
    select i.variant_id as "variantId", i.on_hand as "onHand", i.reserved,
      coalesce((select sum(l.quantity) from order_lines l join orders o on o.id = l.order_id
        where l.variant_id = i.variant_id and o.stock_settled and o.status not in ('payment_failed', 'cancelled')), 0)::int as sold,
      coalesce((select sum(l.quantity) from order_lines l join orders o on o.id = l.order_id
        where l.variant_id = i.variant_id and not o.stock_settled), 0)::int as held
    from inventory i`;
  const stockProblems = stockRows.filter((row) => row.onHand + row.sold !== stockBefore.get(row.variantId) || row.reserved !== row.held);
  const [staleHolds] = await db<{ n: number }[]>`select count(*)::int as n from orders
    where stock_settled = false and reserved_until < now() - ${sweepAllowanceSeconds}::int * interval '1 second'`;
  const [coupon] = await db<{ timesUsed: number; orders: number }[]>`select times_used as "timesUsed",
    (select count(*)::int from orders where coupon_code = ${couponCode} and coupon_held) as orders from coupons where code = ${couponCode}`;
  const hoodie = stockRows.find((row) => row.variantId === variant.id)!;

  const figures = {
    seconds: Math.round(elapsed),
    kills,
    meanRestartSeconds: kills ? Number((restartMs / kills / 1000).toFixed(1)) : 0,
    requestsCutOffAndResent: requestsCutOff,
    secondsUntilMailAndHoldsSettled: settleSeconds,
    attempts: outcomes.length,
    placed: placed.length,
    placedByCard: placed.filter((o) => o.kind === "card").length,
    placedCashOnDelivery: placed.filter((o) => o.kind === "cash").length,
    declined: outcomes.filter((o) => o.result === "declined").length,
    ordersLost: lost,
    shoppersWithTwoOrders: doubled,
    placedOrdersWithoutExactlyOneDeliveredReceipt: receiptProblems,
    variantsWhereStockPlusSoldIsNotTheStart: stockProblems.length,
    hoodie: `${hoodie.onHand} on hand + ${hoodie.sold} sold = ${hoodie.onHand + hoodie.sold} (started at ${startingStock}); ${hoodie.reserved} held`,
    holdsPastExpiryBeyondASweep: staleHolds!.n,
    couponUses: `${coupon!.timesUsed} of ${couponLimit} (orders holding it: ${coupon!.orders})`,
  };
  console.log("\nChaos run (PostgreSQL, SIGKILL every 2–5 s):");
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(48)} ${value}`);
  const failures = [
    lost && `${lost} orders lost`,
    doubled && `${doubled} shoppers with two orders`,
    receiptProblems && `${receiptProblems} orders without exactly one delivered receipt`,
    stockProblems.length && `stock off for variants ${stockProblems.map((row) => row.variantId).join(", ")}`,
    staleHolds!.n && `${staleHolds!.n} holds past their expiry`,
    (coupon!.timesUsed > couponLimit || coupon!.timesUsed !== coupon!.orders) && `coupon used ${coupon!.timesUsed} times for ${coupon!.orders} orders, limit ${couponLimit}`,
    kills === 0 && "the server was never killed (run longer)",
    placed.length === 0 && "no order was placed",
  ].filter(Boolean);
  if (failures.length) {
    console.error(`\n✗ ${failures.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log("\n✓ Nothing lost or doubled; receipts, stock, holds and the coupon add up.");
  }
} finally {
  await cleanUp();
}
