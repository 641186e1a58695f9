import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { orders } from "@/db/schema";
import { lookUpGuestOrder } from "@/lib/checkout/order-lookup";
import { consumeLimits, limits } from "@/lib/security/limits";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("guessing order numbers and coupon codes on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const someIp = () => {
    n += 1;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
  const visitor = () => `00000000-0000-4000-d000-${String(++n).padStart(12, "0")}`;
  const placeOrder = async (email: string) => {
    const [order] = await handle.db
      .insert(orders)
      .values({
        idempotencyKey: crypto.randomUUID(),
        visitorId: visitor(),
        email,
        locale: "en",
        status: "pay_on_delivery",
        paymentMethod: "cash_on_delivery",
        currency: "USD",
        subtotal: 1000,
        discount: 0,
        shipping: 0,
        tax: 0,
        taxIncluded: false,
        total: 1000,
        shippingMethodId: "us-standard",
        deliveryWindow: { from: "2026-12-01", to: "2026-12-03" },
        shippingAddress: { fullName: "Ada Lovelace", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" },
      })
      .returning();
    return order!;
  };

  it("stops 60 guessed order numbers for one email after its limit, even from many IPs and even for the right number", async () => {
    const email = `guessed.${Date.now()}@example.com`;
    const order = await placeOrder(email);
    const results = [];
    for (let guess = 0; guess < 60; guess++) results.push(await lookUpGuestOrder(handle.db, { number: order.number + 1 + guess, email, ipKey: someIp() }));
    const limit = limits.orderLookup.email.limit;
    expect(results.slice(0, limit).map((r) => !r.ok && r.reason)).toEqual(Array(limit).fill("not_found"));
    expect(results.slice(limit).every((r) => !r.ok && r.reason === "limited")).toBe(true);
    const right = await lookUpGuestOrder(handle.db, { number: order.number, email: email.toUpperCase(), ipKey: someIp() });
    expect(right).toEqual({ ok: false, reason: "limited", retryAfterSeconds: expect.any(Number) });
  });

  it("stops one IP after its limit of lookups across emails, and finds the order before that", async () => {
    const ip = someIp();
    const email = `owner.${Date.now()}@example.com`;
    const order = await placeOrder(email);
    expect(await lookUpGuestOrder(handle.db, { number: order.number, email, ipKey: ip })).toEqual({ ok: true, order: { number: order.number, email } });
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await lookUpGuestOrder(handle.db, { number: 100_000 + i, email: `other${i}.${Date.now()}@example.com`, ipKey: ip }));
    expect(results.filter((r) => !r.ok && r.reason === "not_found")).toHaveLength(limits.orderLookup.ip.limit - 1);
  });

  it("limits coupon tries per browser, and per IP however many browsers it uses", async () => {
    const ip = someIp();
    const browser = visitor();
    const tries = [];
    for (let i = 0; i < 15; i++) tries.push(await consumeLimits(handle.db, "couponTry", { visitor: browser, ip }));
    expect(tries.filter((t) => t.ok)).toHaveLength(limits.couponTry.visitor.limit);
    expect(tries.at(-1)).toMatchObject({ ok: false, subject: "visitor" });
    // Dropping the cookie gives a new browser each time; the IP still stops it.
    const fresh = [];
    for (let i = 0; i < 40; i++) fresh.push(await consumeLimits(handle.db, "couponTry", { visitor: visitor(), ip }));
    expect(fresh.filter((t) => t.ok)).toHaveLength(limits.couponTry.ip.limit - limits.couponTry.visitor.limit);
    expect(fresh.at(-1)).toMatchObject({ ok: false, subject: "ip" });
  });
});
