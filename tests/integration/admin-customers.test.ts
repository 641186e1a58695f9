import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { addresses, carts, checkouts, mailUnsubscribes, orders, refunds, savedCards, sessions, users } from "@/db/schema";
import { customerListQuery, deleteCustomer, listCustomers, loadCustomer } from "@/lib/admin/customers";
import type { AdminFormState } from "@/lib/admin/form-state";
import { changeLine } from "@/lib/cart/queries";
import type { Locale } from "@/lib/i18n/locales";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { Gateway } from "@/lib/payments/types";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";

const state = vi.hoisted(() => ({
  session: null as null | { user: { id: string; email: string; role: string } },
  db: null as null | Database,
}));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
// The actions' words, from the real message files (next-intl's request config needs Next itself).
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) =>
    createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "ui.json"), "utf8")) }),
}));

const actor = { id: null, email: "staff@example.com" };
const gateway = createTestGateway();

describe.each(testDatabases())("admin customers on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    state.db = handle.db;
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const visitor = () => `00000000-0000-4000-c100-${String(++n).padStart(12, "0")}`;
  const newUser = async (values: Partial<typeof users.$inferInsert> = {}) => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: `customer${++n}@example.com`, ...values })
      .returning();
    return user!;
  };
  const orderFor = async (userId: string | null, email: string, values: Partial<typeof orders.$inferInsert> = {}) => {
    const [order] = await handle.db
      .insert(orders)
      .values({
        idempotencyKey: crypto.randomUUID(),
        visitorId: visitor(),
        userId,
        email,
        locale: "en",
        status: "paid",
        paymentMethod: "card",
        currency: "USD",
        subtotal: 1000,
        discount: 0,
        shipping: 0,
        tax: 0,
        taxIncluded: false,
        total: 1000,
        shippingMethodId: "us-standard",
        deliveryWindow: { from: "2026-12-01", to: "2026-12-03" },
        shippingAddress: { ...portland, fullName: "Grace Hopper" },
        ...values,
      })
      .returning();
    return order!;
  };
  const audits = (userId: string) =>
    queryRows<{ action: string; actorEmail: string; subjectType: string; before: unknown; after: unknown }>(
      handle.db,
      sql`select action, actor_email as "actorEmail", subject_type as "subjectType", before, after from admin_audit where subject_id = ${userId} order by id`,
    );

  it("lists accounts newest first with orders, spent per currency and last order; searched by email or name; 25 a page on the server", async () => {
    const tag = `list${Date.now()}`;
    const grace = await newUser({ email: `grace.${tag}@example.com`, name: null });
    await orderFor(grace.id, grace.email!, { total: 2500, createdAt: new Date("2026-01-02T10:00:00Z") });
    const refunded = await orderFor(grace.id, grace.email!, { total: 1000, createdAt: new Date("2026-01-05T10:00:00Z") });
    await handle.db.insert(refunds).values({ orderId: refunded.id, idempotencyKey: crypto.randomUUID(), amount: 400, currency: "USD", status: "succeeded", createdBy: actor.email });
    await orderFor(grace.id, grace.email!, { total: 3000, currency: "EUR", createdAt: new Date("2026-01-03T10:00:00Z") });
    // A cancelled order counts as an order, not as money spent.
    await orderFor(grace.id, grace.email!, { status: "cancelled", total: 9999, createdAt: new Date("2026-01-01T10:00:00Z") });

    const byEmail = await listCustomers(handle.db, customerListQuery.parse({ q: `GRACE.${tag.toUpperCase()}` }));
    expect(byEmail.total).toBe(1);
    expect(byEmail.rows[0]).toMatchObject({
      id: grace.id,
      email: grace.email,
      name: "Grace Hopper",
      role: "shopper",
      orders: 4,
      spent: [
        { currency: "EUR", amount: 3000 },
        { currency: "USD", amount: 2500 + 1000 - 400 },
      ],
      lastOrderAt: new Date("2026-01-05T10:00:00Z"),
    });
    // By the name on the account or on its orders.
    const named = await newUser({ email: `x.${tag}@example.com`, name: `Ada ${tag}` });
    expect((await listCustomers(handle.db, customerListQuery.parse({ q: `ada ${tag}` }))).rows.map((row) => row.id)).toEqual([named.id]);
    expect((await listCustomers(handle.db, customerListQuery.parse({ q: "grace hopper" }))).rows.map((row) => row.id)).toContain(grace.id);
    expect((await listCustomers(handle.db, customerListQuery.parse({ q: `x.${tag}` }))).rows[0]).toMatchObject({ orders: 0, spent: [], lastOrderAt: null });

    // Paging: 30 accounts under one tag, 25 then 5, newest first, none twice.
    const paged = `page${Date.now()}`;
    for (let i = 0; i < 30; i++) await newUser({ email: `${paged}.${String(i).padStart(2, "0")}@example.com`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    const first = await listCustomers(handle.db, customerListQuery.parse({ q: paged }));
    const second = await listCustomers(handle.db, customerListQuery.parse({ q: paged, page: "2" }));
    expect(first.total).toBe(30);
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(5);
    expect(first.rows[0]!.email).toBe(`${paged}.29@example.com`);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(30);

    // Hostile or malformed input falls back to defaults and matches nothing rather than everything.
    const hostile = customerListQuery.parse({ q: "%_\\' or 1=1 --", page: "-3" });
    expect(hostile).toEqual({ q: "%_\\' or 1=1 --", page: 1 });
    expect(customerListQuery.parse({ page: "abc", q: "x".repeat(500) })).toEqual({ q: undefined, page: 1 });
    expect((await listCustomers(handle.db, hostile)).rows).toEqual([]);
  });

  it("shows a customer with their orders, saved addresses, consent, unsubscribe and active cart", async () => {
    const ada = await newUser({ name: "Ada Lovelace", locale: "uk" });
    const first = await orderFor(ada.id, ada.email!, { createdAt: new Date("2026-02-01T10:00:00Z"), status: "pay_on_delivery", paymentMethod: "cash_on_delivery" });
    const second = await orderFor(ada.id, ada.email!, { createdAt: new Date("2026-02-03T10:00:00Z"), total: 4200 });
    await handle.db.insert(addresses).values([
      { userId: ada.id, address: portland, isDefault: true },
      { userId: ada.id, address: { ...portland, line1: "2 Side Street" } },
    ]);
    const mug = await variant("stoneware-mug", { color: "sage" });
    const added = await changeLine(handle.db, { visitorId: visitor(), userId: ada.id, variantId: mug, quantity: 2, mode: "add" });
    if (!added.ok) throw new Error("cart");
    // An older checkout said no, the latest (with the address typed in capitals) said yes.
    await handle.db.insert(checkouts).values({ cartId: added.cartId, visitorId: visitor(), email: ada.email!.toUpperCase(), marketingConsent: true, emailCapturedAt: new Date("2026-02-04T10:00:00Z"), updatedAt: new Date("2026-02-04T10:00:00Z") });
    const [oldCart] = await handle.db.insert(carts).values({ visitorId: visitor(), status: "ordered" }).returning();
    await handle.db.insert(checkouts).values({ cartId: oldCart!.id, visitorId: oldCart!.visitorId, email: ada.email!, marketingConsent: false, emailCapturedAt: new Date("2026-01-01T10:00:00Z"), updatedAt: new Date("2026-01-01T10:00:00Z") });
    await handle.db.insert(mailUnsubscribes).values({ email: ada.email!, source: "link", unsubscribedAt: new Date("2026-02-05T10:00:00Z") });

    const customer = (await loadCustomer(handle.db, ada.id, { locale: "uk" }))!;
    expect(customer).toMatchObject({ id: ada.id, email: ada.email, name: "Ada Lovelace", role: "shopper", locale: "uk", orderCount: 2, spent: [{ currency: "USD", amount: 5200 }] });
    expect(customer.orders).toEqual([
      { number: second.number, placedAt: new Date("2026-02-03T10:00:00Z"), status: "paid", total: 4200, currency: "USD" },
      { number: first.number, placedAt: new Date("2026-02-01T10:00:00Z"), status: "pay_on_delivery", total: 1000, currency: "USD" },
    ]);
    expect(customer.addresses.map((row) => [row.address.line1, row.isDefault])).toEqual([
      [portland.line1, true],
      ["2 Side Street", false],
    ]);
    expect(customer.consent).toEqual({ marketing: true, at: new Date("2026-02-04T10:00:00Z") });
    expect(customer.unsubscribed).toEqual({ at: new Date("2026-02-05T10:00:00Z"), source: "link" });
    expect(customer.cart).toMatchObject({ id: added.cartId, lines: [{ variantId: mug, name: "Керамічний кухоль", options: { color: "sage" }, quantity: 2 }] });
    expect((await loadCustomer(handle.db, ada.id))!.cart!.lines[0]!.name).toBe("Stoneware Mug");

    // A customer never asked, never unsubscribed, without a cart.
    const quiet = await newUser();
    expect(await loadCustomer(handle.db, quiet.id)).toMatchObject({ orders: [], orderCount: 0, spent: [], addresses: [], consent: null, unsubscribed: null, cart: null });
    expect(await loadCustomer(handle.db, "no-such-account")).toBeNull();
  });

  it("deletes a customer by the shopper's rule: orders kept without their details, account, cards, addresses and cart gone, with an audit row", async () => {
    const eve = await newUser({ name: "Eve" });
    const order = await orderFor(eve.id, eve.email!);
    await handle.db.insert(addresses).values({ userId: eve.id, address: portland });
    await handle.db.insert(sessions).values({ sessionToken: `token-${eve.id}`, userId: eve.id, expires: new Date(Date.now() + 86_400_000) });
    await handle.db.insert(savedCards).values([
      { userId: eve.id, provider: "test", token: `tok_${eve.id}`, brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 },
      { userId: eve.id, provider: "stripe", token: `pm_${eve.id}`, brand: "visa", last4: "4242", expMonth: 12, expYear: 2035 },
    ]);
    await changeLine(handle.db, { visitorId: visitor(), userId: eve.id, variantId: await variant("stoneware-mug", { color: "navy" }), quantity: 1, mode: "add" });
    const detached: string[] = [];
    const stripe = { kind: "stripe", forgetCard: async (token: string) => void detached.push(token) } as unknown as Gateway;

    expect(await deleteCustomer(handle.db, { userId: eve.id, actor, gateway: stripe, confirmation: "someone@else.com" })).toEqual({ ok: false, reason: "mismatch" });
    expect(await audits(eve.id)).toEqual([]);
    expect(await deleteCustomer(handle.db, { userId: eve.id, actor, gateway: stripe, confirmation: ` ${eve.email!.toUpperCase()} ` })).toEqual({ ok: true, email: eve.email, orders: 1 });

    const [kept] = await handle.db.select().from(orders).where(eq(orders.id, order.id));
    expect(kept).toMatchObject({ userId: null, total: 1000 });
    expect(kept!.email).toMatch(/^deleted-.*@invalid$/);
    expect(kept!.shippingAddress).toMatchObject({ fullName: "—", line1: "—", city: "Portland" });
    for (const table of [addresses, carts, savedCards, sessions] as const) expect(await handle.db.select().from(table).where(eq(table.userId, eve.id))).toEqual([]);
    expect(await handle.db.select().from(users).where(eq(users.id, eve.id))).toEqual([]);
    expect(detached).toEqual([`pm_${eve.id}`]);
    expect(await audits(eve.id)).toEqual([{ action: "customer.delete", actorEmail: actor.email, subjectType: "customer", before: { email: eve.email, orders: 1 }, after: null }]);

    // Gone: a second delete (or two staff at once) finds nothing.
    expect(await deleteCustomer(handle.db, { userId: eve.id, actor, gateway })).toEqual({ ok: false, reason: "not_found" });
    expect(await loadCustomer(handle.db, eve.id)).toBeNull();
  });

  it("deletes and audits in one transaction: a failed audit write leaves the account and its orders as they were", async () => {
    const kept = await newUser();
    await orderFor(kept.id, kept.email!);
    // admin_audit.actor_email is required: the audit insert fails after deleteAccount ran.
    await expect(deleteCustomer(handle.db, { userId: kept.id, actor: { id: null, email: null as never }, gateway })).rejects.toThrow();
    expect(await handle.db.select().from(users).where(eq(users.id, kept.id))).toHaveLength(1);
    expect((await handle.db.select().from(orders).where(eq(orders.userId, kept.id)))[0]!.email).toBe(kept.email);
  });

  it("two staff deleting the same customer at once delete once, with one audit row", async () => {
    const twice = await newUser();
    const results = await Promise.all([deleteCustomer(handle.db, { userId: twice.id, actor, gateway }), deleteCustomer(handle.db, { userId: twice.id, actor, gateway })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "not_found" }]);
    expect(await audits(twice.id)).toHaveLength(1);
  });

  it("refuses staff and admin accounts and unknown ids, changing nothing", async () => {
    for (const role of ["staff", "admin"] as const) {
      const member = await newUser({ role });
      await orderFor(member.id, member.email!);
      expect(await deleteCustomer(handle.db, { userId: member.id, actor, gateway, confirmation: member.email! })).toEqual({ ok: false, reason: "staff" });
      expect(await handle.db.select().from(users).where(eq(users.id, member.id))).toHaveLength(1);
      expect((await handle.db.select().from(orders).where(eq(orders.userId, member.id)))[0]!.email).toBe(member.email);
      expect(await audits(member.id)).toEqual([]);
    }
    expect(await deleteCustomer(handle.db, { userId: "no-such-account", actor, gateway })).toEqual({ ok: false, reason: "not_found" });
  });

  describe("deleteCustomerAction", () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.set(name, value);
      return data;
    };
    const idle: AdminFormState = { status: "idle" };

    it("refuses a signed-out visitor and a shopper, deleting nothing", async () => {
      const { deleteCustomerAction } = await import("@/lib/admin/customer-actions");
      const kept = await newUser();
      for (const session of [null, { user: { id: kept.id, email: kept.email!, role: "shopper" } }]) {
        state.session = session;
        const answer = await deleteCustomerAction(idle, form({ locale: "en", userId: kept.id, confirmEmail: kept.email! }));
        expect(answer).toMatchObject({ status: "error", message: "Only staff can do that. Sign in again with a staff account." });
      }
      expect(await handle.db.select().from(users).where(eq(users.id, kept.id))).toHaveLength(1);
    });

    it("refuses a missing or wrong confirmation next to its field, keeping what was typed; the right one deletes and goes to the list", async () => {
      const { deleteCustomerAction } = await import("@/lib/admin/customer-actions");
      state.session = { user: { id: "staff-1", email: "staff@example.com", role: "staff" } };
      const customer = await newUser();
      const empty = await deleteCustomerAction(idle, form({ locale: "en", userId: customer.id, confirmEmail: " " }));
      expect(empty).toMatchObject({ status: "error", fields: { confirmEmail: expect.any(String) } });
      const wrong = await deleteCustomerAction(idle, form({ locale: "uk", userId: customer.id, confirmEmail: "typo@example.com" }));
      expect(wrong).toMatchObject({ status: "error", fields: { confirmEmail: expect.any(String) }, values: { confirmEmail: "typo@example.com" } });
      expect(wrong.status === "error" && wrong.fields?.confirmEmail).not.toBe(empty.status === "error" && empty.fields?.confirmEmail);
      expect(await handle.db.select().from(users).where(eq(users.id, customer.id))).toHaveLength(1);

      const staff = await newUser({ role: "staff" });
      expect(await deleteCustomerAction(idle, form({ locale: "en", userId: staff.id, confirmEmail: staff.email! }))).toMatchObject({ status: "error", message: expect.stringMatching(/staff/i) });
      expect(await deleteCustomerAction(idle, form({ locale: "en", userId: "gone", confirmEmail: "x@example.com" }))).toMatchObject({ status: "error" });

      await expect(deleteCustomerAction(idle, form({ locale: "fa", userId: customer.id, confirmEmail: customer.email! }))).rejects.toThrow("NEXT_REDIRECT /fa/admin/customers?deleted=1");
      expect(await handle.db.select().from(users).where(eq(users.id, customer.id))).toHaveLength(0);
      expect(await audits(customer.id)).toEqual([expect.objectContaining({ action: "customer.delete", actorEmail: "staff@example.com" })]);
    });
  });
});
