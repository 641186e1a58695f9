import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { users } from "@/db/schema";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import { phoneOrderAction } from "@/lib/admin/phone-order-actions";
import { placePhoneOrder, quotePhoneOrder, type PhoneOrderInput } from "@/lib/admin/phone-orders";
import { changeLine } from "@/lib/cart/queries";
import type { Locale } from "@/lib/i18n/locales";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { loadPricingRules } from "@/lib/pricing/queries";
import type { PricingRules } from "@/lib/pricing/types";
import { portland } from "../support/addresses";
import { openWithCatalog } from "../support/catalog";
import { hasPostgres, testDatabases } from "../support/databases";

const state = vi.hoisted(() => ({
  session: null as null | { user: { id: string; email: string; role: string } },
  db: null as null | Database,
}));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/cache", () => ({ refresh: () => {}, unstable_cache: (read: unknown) => read, revalidateTag: () => {} }));
vi.mock("@/lib/pricing/cached", () => ({ getPricingRules: async () => loadPricingRules(state.db!, { currency: "USD", homeCountry: "US" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
function messages(locale: string) {
  const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));
  const ui = read("ui");
  return { ...ui, admin: { ...ui.admin, ...read("admin-settings") } };
}
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) => createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: messages(locale) }),
}));

const actor = { id: null, email: "phones@example.com" };
const gateway = createTestGateway();

describe.each(testDatabases())("phone orders on $name", (target) => {
  let handle: DatabaseHandle;
  let rules: PricingRules;
  let sku: string;
  let variantId: number;
  let price: number;
  beforeAll(async () => {
    handle = (await openWithCatalog(target, { poolMax: 8 })).handle;
    state.db = handle.db;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
    rules = await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" });
    const [variant] = await queryRows<{ id: number; sku: string; price: number }>(
      handle.db,
      sql`update inventory set on_hand = 500, reserved = 0 where variant_id = (select v.id from variants v join products p on p.id = v.product_id where p.status = 'active' order by v.id limit 1)
          returning variant_id as id, (select sku from variants where id = variant_id), (select price from variants where id = variant_id)`,
    );
    ({ id: variantId, sku, price } = variant!);
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const order = (values: Partial<PhoneOrderInput> = {}): PhoneOrderInput => ({
    email: `caller${++n}-${target.name}@example.com`,
    locale: "en",
    address: portland,
    lines: [{ sku: sku.toLowerCase(), quantity: 2 }],
    couponCode: null,
    shippingMethodId: null,
    paymentMethod: "bank_transfer",
    idempotencyKey: `phone-${crypto.randomUUID()}`,
    ...values,
  });
  const onHand = async () => (await queryRows<{ onHand: number }>(handle.db, sql`select on_hand as "onHand" from inventory where variant_id = ${variantId}`))[0]!.onHand;
  const phoneCarts = async (key: string) => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from carts where visitor_id = ${`phone:${key}`}`))[0]!.n;

  it("prices the order as the checkout would and keeps nothing", async () => {
    const input = order();
    const priced = await quotePhoneOrder(handle.db, input, rules);
    expect(priced.ok).toBe(true);
    if (!priced.ok) return;
    expect(priced.quote.subtotal.amount).toBe(2 * price);
    expect(priced.quote.currency).toBe("USD");
    expect(priced.quote.selectedShipping).not.toBeNull();
    expect(priced.lines).toEqual([expect.objectContaining({ sku, quantity: 2 })]);
    expect(await phoneCarts(input.idempotencyKey)).toBe(0);
  });

  it("places it once: a phone order on the customer's account, stock taken, receipt queued, audited; their own cart untouched", async () => {
    const [customer] = await handle.db.insert(users).values({ email: `known${target.name}@example.com` }).returning();
    await changeLine(handle.db, { visitorId: `v-${target.name}-known`, userId: customer!.id, variantId, quantity: 1, mode: "add" });
    const input = order({ email: customer!.email!.toUpperCase() });
    const priced = await quotePhoneOrder(handle.db, input, rules);
    if (!priced.ok) throw new Error("not priced");
    const before = await onHand();
    const placed = await placePhoneOrder(handle.db, gateway, { ...input, expectedTotal: priced.quote.total.amount, expectedCurrency: "USD" }, { rules, actor });
    expect(placed).toMatchObject({ status: "placed", paymentMethod: "bank_transfer" });
    if (placed.status !== "placed") return;
    const [row] = await queryRows<{ channel: string; placedBy: string; userId: string; status: string; total: number }>(
      handle.db,
      sql`select channel, placed_by as "placedBy", user_id as "userId", status, total from orders where number = ${placed.number}`,
    );
    expect(row).toEqual({ channel: "phone", placedBy: actor.email, userId: customer!.id, status: "awaiting_transfer", total: priced.quote.total.amount });
    expect(await onHand()).toBe(before - 2);
    const [receipt] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from mail_outbox where template = 'order-receipt' and dedupe_key like ${`%${placed.orderId}`}`);
    expect(receipt!.n).toBe(1);
    const audits = await queryRows<{ action: string }>(handle.db, sql`select action from admin_audit where subject_type = 'order' and subject_id = ${String(placed.number)}`);
    expect(audits.map((a) => a.action)).toEqual(["order.create_phone"]);
    const [own] = await queryRows<{ lines: number; status: string }>(
      handle.db,
      sql`select c.status, (select count(*)::int from cart_lines where cart_id = c.id) as lines from carts c where c.user_id = ${customer!.id}`,
    );
    expect(own).toEqual({ status: "active", lines: 1 });
    // The same key again (a double click, a second tab) is the same order.
    const again = await placePhoneOrder(handle.db, gateway, { ...input, expectedTotal: priced.quote.total.amount, expectedCurrency: "USD" }, { rules, actor });
    expect(again).toMatchObject({ status: "placed", number: placed.number });
    expect(await onHand()).toBe(before - 2);
  });

  it("refuses a total that changed since it was read out, leaving nothing behind", async () => {
    const input = order();
    const before = await onHand();
    const refused = await placePhoneOrder(handle.db, gateway, { ...input, expectedTotal: 1, expectedCurrency: "USD" }, { rules, actor });
    expect(refused.status).toBe("total_changed");
    expect(await onHand()).toBe(before);
    expect(await phoneCarts(input.idempotencyKey)).toBe(0);
    expect((await queryRows(handle.db, sql`select 1 from orders where idempotency_key = ${input.idempotencyKey}`)).length).toBe(0);
  });

  it("names unknown SKUs and short stock by line", async () => {
    const priced = await quotePhoneOrder(handle.db, order({ lines: [{ sku: "NO-SUCH-SKU", quantity: 1 }, { sku, quantity: 999 }] }), rules);
    expect(priced).toEqual({
      ok: false,
      problems: [
        { line: 0, reason: "unknown_sku", sku: "NO-SUCH-SKU" },
        { line: 1, reason: "not_enough_stock", sku, available: expect.any(Number) },
      ],
    });
    expect(await quotePhoneOrder(handle.db, order({ lines: [] }), rules)).toEqual({ ok: false, problems: [{ line: null, reason: "no_lines" }] });
  });

  it.runIf(target.name === "postgres" && hasPostgres())("six staff tabs placing the same phone order at once make one order", async () => {
    const input = order();
    const priced = await quotePhoneOrder(handle.db, input, rules);
    if (!priced.ok) throw new Error("not priced");
    const before = await onHand();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => placePhoneOrder(handle.db, gateway, { ...input, expectedTotal: priced.quote.total.amount, expectedCurrency: "USD" }, { rules, actor })),
    );
    const numbers = new Set(results.map((result) => (result.status === "placed" ? result.number : result.status)));
    expect([...numbers]).toHaveLength(1);
    expect(results[0]!.status).toBe("placed");
    expect(await onHand()).toBe(before - 2);
    const [audits] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from admin_audit where action = 'order.create_phone' and subject_id = ${String([...numbers][0])}`);
    expect(audits!.n).toBe(1);
  });

  it("the form refuses a signed-out request and a shopper, and names each bad field", async () => {
    const form = (values: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({ locale: "en", key: crypto.randomUUID(), ...values })) data.set(name, value);
      return data;
    };
    for (const session of [null, { user: { id: "s", email: "shopper@example.com", role: "shopper" } }]) {
      state.session = session;
      expect(await phoneOrderAction({ status: "idle" }, form({ intent: "place" }))).toMatchObject({ status: "error", message: "Only staff can do that. Sign in again with a staff account." });
    }
    state.session = { user: { id: "staff-1", email: actor.email, role: "staff" } };
    const bad = await phoneOrderAction(
      { status: "idle" },
      form({ intent: "preview", email: "nobody", fullName: "", line1: "1 Main Street", postalCode: "97201", city: "Portland", region: "OR", country: "US", lines: `${sku} 2\nbad line here`, paymentMethod: "card", couponCode: "!!" }),
    );
    expect(bad).toMatchObject({
      status: "error",
      fields: {
        email: expect.any(String),
        fullName: expect.any(String),
        lines: "Line 2 is not a SKU and a quantity from 1 to 999 (at most 50 lines).",
        couponCode: "A coupon code is letters, digits and dashes.",
        paymentMethod: "Choose bank transfer or cash on delivery.",
      },
      values: { lines: `${sku} 2\nbad line here` },
    });
    const good = await phoneOrderAction(
      { status: "idle" },
      form({ intent: "preview", email: "grace@example.com", customerLocale: "uk", fullName: "Grace Hopper", line1: "1 Main Street", postalCode: "97201", city: "Portland", region: "OR", country: "US", lines: `${sku} 1`, paymentMethod: "cash_on_delivery" }),
    );
    expect(good).toMatchObject({ status: "preview", currency: "USD", lines: [{ sku, quantity: 1 }] });
  });
});
