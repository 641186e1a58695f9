import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { carts, checkouts, orders } from "@/db/schema";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import type { AdminFormState } from "@/lib/admin/form-state";
import type { MethodInput } from "@/lib/admin/pricing-checks";
import { listPromotions, removePromotion, savePromotion } from "@/lib/admin/promotions";
import { listShippingZones, loadShippingZone, removeShippingMethod, removeShippingZone, saveShippingMethod, saveShippingZone } from "@/lib/admin/shipping-rules";
import { addHoliday, loadWarehouse, removeHoliday, saveWarehouse } from "@/lib/admin/warehouse";
import type { Locale } from "@/lib/i18n/locales";
import { loadPricingRules } from "@/lib/pricing/queries";
import { quote } from "@/lib/pricing/quote";
import { portland } from "../support/addresses";
import { openWithCatalog } from "../support/catalog";
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
// The actions' words, from the real message files merged as the app merges them (lib/i18n/messages.ts).
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));
    const ui = read("ui");
    const messages = { ...ui, admin: { ...ui.admin, ...read("admin-pricing") } };
    return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages });
  },
}));

const actor = { id: null, email: "staff@example.com" };
const staff = { user: { id: "staff-1", email: "staff@example.com", role: "staff" } };
const admin = { user: { id: "admin-1", email: "boss@example.com", role: "admin" } };
const shopper = { user: { id: "shopper-1", email: "shopper@example.com", role: "shopper" } };
const idle: AdminFormState = { status: "idle" };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
/** Wednesday 3 March 2027, 09:00 in Los Angeles: before the cut-off on a shipping day. */
const wednesday = new Date("2027-03-03T17:00:00Z");

describe.each(testDatabases())("admin pricing rules on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    // Racing staff need connections of their own on PostgreSQL.
    handle = (await openWithCatalog(target, { poolMax: 4 })).handle;
    state.db = handle.db;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const rules = () => loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" });
  /** The next quote for one line of `amount` (a home product, not on sale) to `country`. */
  const quoteTo = async (country: string, amount: number, at = wednesday, categorySlug = "home") =>
    quote({ lines: [{ variantId: 1, categorySlug, quantity: 1, unitPrice: amount, compareAtPrice: null }], destination: { country }, at, rules: await rules() });
  const standard = async (country: string, amount: number, at = wednesday) => (await quoteTo(country, amount, at)).shippingOptions.find((o) => o.service === "standard")!;
  const audits = (subjectType: string, subjectId: string) =>
    queryRows<{ action: string; before: unknown; after: unknown }>(handle.db, sql`select action, before, after from admin_audit where subject_type = ${subjectType} and subject_id = ${subjectId} order by id`);
  const auditCount = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from admin_audit`))[0]!.n;
  const method = async (id: string): Promise<MethodInput> => {
    const found = (await listShippingZones(handle.db)).flatMap((zone) => zone.methods).find((m) => m.id === id)!;
    return { zoneId: found.zoneId, service: found.service, carrier: found.carrier, rate: found.rate, freeOver: found.freeOver, transitDaysMin: found.transitDaysMin, transitDaysMax: found.transitDaysMax, position: found.position };
  };

  describe("who may change pricing", () => {
    it("every action refuses a shopper and a signed-out request, writing nothing", async () => {
      const actions = {
        ...(await import("@/lib/admin/shipping-rule-actions")),
        ...(await import("@/lib/admin/warehouse-actions")),
        ...(await import("@/lib/admin/promotion-actions")),
      };
      const forms: [keyof typeof actions, Record<string, string>][] = [
        ["saveZoneAction", { isNew: "yes", id: "nordics", countries: "NO, IS", domestic: "no", position: "9" }],
        ["removeZoneAction", { id: "iran", confirm: "yes" }],
        ["saveMethodAction", { zoneId: "us", id: "us-standard", service: "standard", carrier: "USPS", tierAmount0: "1.00", transitDaysMin: "1", transitDaysMax: "2", position: "0" }],
        ["removeMethodAction", { id: "us-express" }],
        ["saveWarehouseAction", { timeZone: "UTC", cutoff: "10:00", handlingDays: "3" }],
        ["addHolidayAction", { date: "2027-03-03" }],
        ["removeHolidayAction", { date: "2026-12-25" }],
        ["savePromotionAction", { isNew: "yes", id: "sneaky", percentOff: "90", categories: "", startsAt: "2020-01-01T00:00", endsAt: "2099-01-01T00:00" }],
        ["removePromotionAction", { id: "outdoor-week" }],
      ];
      const before = { audits: await auditCount(), zones: await listShippingZones(handle.db), warehouse: await loadWarehouse(handle.db), promotions: await listPromotions(handle.db) };
      for (const session of [null, shopper]) {
        state.session = session;
        for (const [name, fields] of forms) {
          const answer = await actions[name](idle, form({ locale: "en", ...fields }));
          expect(answer, name).toMatchObject({ status: "error", message: "Only staff can do that. Sign in again with a staff account." });
        }
      }
      expect(await auditCount()).toBe(before.audits);
      expect(await listShippingZones(handle.db)).toEqual(before.zones);
      expect(await loadWarehouse(handle.db)).toEqual(before.warehouse);
      expect(await listPromotions(handle.db)).toEqual(before.promotions);
    });
  });

  describe("shipping zones", () => {
    it("creates, changes and deletes a zone; the storefront ships there accordingly; each write is audited", async () => {
      expect((await quoteTo("NO", 5000)).shippingOptions).toEqual([]);
      expect(await saveShippingZone(handle.db, { zone: { id: "nordics", countries: ["NO", "IS"], domestic: false, position: 9 }, isNew: true, actor })).toEqual({ ok: true, id: "nordics" });
      const created = await saveShippingMethod(handle.db, {
        id: null,
        method: { zoneId: "nordics", service: "standard", carrier: "PostNord", rate: [{ below: null, amount: 1500 }], freeOver: null, transitDaysMin: 4, transitDaysMax: 7, position: 0 },
        actor,
      });
      expect(created).toEqual({ ok: true, id: "nordics-standard" });
      expect((await quoteTo("NO", 5000)).shippingOptions).toMatchObject([{ methodId: "nordics-standard", price: { amount: 1500 } }]);
      // A second standard method gets a numbered id.
      expect(await saveShippingMethod(handle.db, { id: null, method: { ...(await method("nordics-standard")), carrier: "Bring" }, actor })).toEqual({ ok: true, id: "nordics-standard-2" });

      expect(await saveShippingZone(handle.db, { zone: { id: "nordics", countries: ["NO"], domestic: false, position: 9 }, isNew: false, actor })).toEqual({ ok: true, id: "nordics" });
      expect((await quoteTo("IS", 5000)).shippingOptions).toEqual([]);
      expect(await saveShippingZone(handle.db, { zone: { id: "nordics", countries: ["NO"], domestic: false, position: 9 }, isNew: true, actor })).toEqual({
        ok: false,
        reason: "invalid",
        problems: [{ field: "id", reason: "id_taken" }],
      });

      expect(await removeShippingZone(handle.db, { id: "nordics", actor })).toEqual({ ok: true, id: "nordics" });
      expect((await quoteTo("NO", 5000)).shippingOptions).toEqual([]);
      expect((await rules()).methods.filter((m) => m.zoneId === "nordics")).toEqual([]);
      expect(await removeShippingZone(handle.db, { id: "nordics", actor })).toEqual({ ok: false, reason: "not_found" });
      expect(await saveShippingZone(handle.db, { zone: { id: "nordics", countries: ["NO"], domestic: false, position: 9 }, isNew: false, actor })).toEqual({ ok: false, reason: "not_found" });
      expect((await audits("shipping_zone", "nordics")).map((row) => row.action)).toEqual(["shipping_zone.create", "shipping_zone.update", "shipping_zone.remove"]);
      expect((await audits("shipping_method", "nordics-standard")).map((row) => row.action)).toEqual(["shipping_method.create"]);
      const [removal] = (await audits("shipping_zone", "nordics")).slice(-1);
      expect(removal!.before).toMatchObject({ id: "nordics", countries: ["NO"], methods: [{ id: "nordics-standard" }, { id: "nordics-standard-2" }] });
    });

    it("refuses a country that is in another zone, and bad or repeated codes, writing nothing", async () => {
      const audits = await auditCount();
      const zonesBefore = await listShippingZones(handle.db);
      expect(await saveShippingZone(handle.db, { zone: { id: "dach", countries: ["CH", "DE", "AT"], domestic: false, position: 5 }, isNew: true, actor })).toEqual({
        ok: false,
        reason: "invalid",
        problems: [{ field: "countries", reason: "country_taken", values: ["DE:europe", "AT:europe"] }],
      });
      // A zone's own countries are not "taken" by itself; another zone's are.
      expect(await saveShippingZone(handle.db, { zone: { id: "ukraine", countries: ["UA", "US"], domestic: false, position: 2 }, isNew: false, actor })).toMatchObject({
        ok: false,
        problems: [{ field: "countries", reason: "country_taken", values: ["US:us"] }],
      });
      expect(await saveShippingZone(handle.db, { zone: { id: "Bad Id", countries: ["ZZ", "CH", "CH"], domestic: false, position: -1 }, isNew: true, actor })).toEqual({
        ok: false,
        reason: "invalid",
        problems: [
          { field: "id", reason: "bad_id" },
          { field: "countries", reason: "bad_country", values: ["ZZ"] },
          { field: "countries", reason: "duplicate_country", values: ["CH"] },
          { field: "position", reason: "bad_position" },
        ],
      });
      expect(await saveShippingZone(handle.db, { zone: { id: "empty", countries: [], domestic: false, position: 0 }, isNew: true, actor })).toMatchObject({ problems: [{ field: "countries", reason: "no_countries" }] });
      expect(await listShippingZones(handle.db)).toEqual(zonesBefore);
      expect(await auditCount()).toBe(audits);
    });

    it("two staff adding the same country to two new zones at once: one wins, the other is told", async () => {
      const results = await Promise.all(
        ["race-a", "race-b"].map((id) => saveShippingZone(handle.db, { zone: { id, countries: ["NZ"], domestic: false, position: 8 }, isNew: true, actor })),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toMatchObject({ reason: "invalid", problems: [{ field: "countries", reason: "country_taken" }] });
      const winner = results.find((result) => result.ok) as { id: string };
      expect((await listShippingZones(handle.db)).filter((zone) => zone.countries.includes("NZ")).map((zone) => zone.id)).toEqual([winner.id]);
      expect(await removeShippingZone(handle.db, { id: winner.id, actor })).toMatchObject({ ok: true });
    });
  });

  describe("shipping methods", () => {
    it("raising the free-over threshold, changing a tier or adding transit days changes the next quote", async () => {
      // $80 to the US: free over $75.
      expect(await standard("US", 8000)).toMatchObject({ price: { amount: 0 }, free: true, window: { from: "2027-03-05", to: "2027-03-10" } });
      const us = await method("us-standard");
      expect(await saveShippingMethod(handle.db, { id: "us-standard", method: { ...us, freeOver: 10_000 }, actor })).toEqual({ ok: true, id: "us-standard" });
      expect(await standard("US", 8000)).toMatchObject({ price: { amount: 299 }, free: false });

      // Tiers: $5.99 under $100, then $4.49.
      expect(await saveShippingMethod(handle.db, { id: "us-standard", method: { ...us, freeOver: 10_000, rate: [{ below: 10_000, amount: 599 }, { below: null, amount: 449 }] }, actor })).toMatchObject({ ok: true });
      expect(await standard("US", 8000)).toMatchObject({ price: { amount: 599 } });
      expect(await standard("US", 2000)).toMatchObject({ price: { amount: 599 } });

      // Two more transit days each way move the window.
      expect(await saveShippingMethod(handle.db, { id: "us-standard", method: { ...us, freeOver: 10_000, rate: [{ below: 10_000, amount: 599 }, { below: null, amount: 449 }], transitDaysMin: 4, transitDaysMax: 7 }, actor })).toMatchObject({ ok: true });
      expect(await standard("US", 8000)).toMatchObject({ window: { from: "2027-03-09", to: "2027-03-12" } });

      const rows = await audits("shipping_method", "us-standard");
      expect(rows.map((row) => row.action)).toEqual(["shipping_method.update", "shipping_method.update", "shipping_method.update"]);
      expect(rows[0]).toMatchObject({ before: { freeOver: 7500 }, after: { freeOver: 10_000 } });
      // Back as seeded, for the other tests.
      expect(await saveShippingMethod(handle.db, { id: "us-standard", method: us, actor })).toMatchObject({ ok: true });
    });

    it("refuses unsorted tiers, a negative amount, min above max and a missing open tier, writing nothing", async () => {
      const audits = await auditCount();
      const us = await method("us-standard");
      const refused = async (change: Partial<MethodInput>) => saveShippingMethod(handle.db, { id: "us-standard", method: { ...us, ...change }, actor });
      expect(await refused({ rate: [{ below: 5000, amount: 399 }, { below: 3000, amount: 299 }, { below: null, amount: 199 }] })).toEqual({
        ok: false,
        reason: "invalid",
        problems: [{ field: "tiers", reason: "unsorted_tiers", index: 1, part: "below" }],
      });
      expect(await refused({ rate: [{ below: null, amount: -1 }] })).toEqual({ ok: false, reason: "invalid", problems: [{ field: "tiers", reason: "negative_amount", index: 0, part: "amount" }] });
      expect(await refused({ freeOver: -500 })).toMatchObject({ problems: [{ field: "freeOver", reason: "negative_amount" }] });
      expect(await refused({ transitDaysMin: 6, transitDaysMax: 3 })).toEqual({ ok: false, reason: "invalid", problems: [{ field: "transitDaysMax", reason: "transit_order" }] });
      expect(await refused({ transitDaysMin: 0, transitDaysMax: 61 })).toMatchObject({ problems: [{ field: "transitDaysMax", reason: "bad_transit" }] });
      expect(await refused({ rate: [{ below: 3000, amount: 399 }] })).toMatchObject({ problems: [{ field: "tiers", reason: "open_tier", index: 0 }] });
      expect(await refused({ rate: [{ below: null, amount: 399 }, { below: null, amount: 299 }] })).toMatchObject({ problems: [{ field: "tiers", reason: "open_tier", index: 0 }] });
      expect(await refused({ rate: [] })).toMatchObject({ problems: [{ field: "tiers", reason: "no_tiers" }] });
      expect(await refused({ carrier: "  " })).toMatchObject({ problems: [{ field: "carrier", reason: "bad_carrier" }] });
      expect(await refused({ zoneId: "europe" })).toEqual({ ok: false, reason: "not_found" });
      expect(await saveShippingMethod(handle.db, { id: null, method: { ...us, zoneId: "atlantis" }, actor })).toMatchObject({ problems: [{ reason: "zone_not_found" }] });
      expect(await method("us-standard")).toEqual(us);
      expect(await auditCount()).toBe(audits);
    });

    it("deleting a method that carts and checkouts chose makes them forget it; orders keep theirs", async () => {
      const created = await saveShippingMethod(handle.db, { id: null, method: { ...(await method("gulf-express")), carrier: "Gulf Courier" }, actor });
      expect(created).toEqual({ ok: true, id: "gulf-express-2" });
      const [cart] = await handle.db.insert(carts).values({ visitorId: "pricing-visitor", shippingMethodId: "gulf-express-2" }).returning();
      await handle.db.insert(checkouts).values({ cartId: cart!.id, visitorId: "pricing-visitor", draft: { shippingMethodId: "gulf-express-2", email: "a@example.com" } });
      const [order] = await handle.db
        .insert(orders)
        .values({
          idempotencyKey: crypto.randomUUID(),
          visitorId: "pricing-visitor",
          email: "a@example.com",
          locale: "en",
          status: "paid",
          paymentMethod: "card",
          currency: "USD",
          subtotal: 1000,
          discount: 0,
          shipping: 2799,
          tax: 0,
          taxIncluded: false,
          total: 3799,
          shippingMethodId: "gulf-express-2",
          deliveryWindow: { from: "2027-03-08", to: "2027-03-10" },
          shippingAddress: { ...portland, fullName: "Grace Hopper" },
        })
        .returning();

      expect(await removeShippingMethod(handle.db, { id: "gulf-express-2", actor })).toEqual({ ok: true, id: "gulf-express-2" });
      expect((await handle.db.select().from(carts).where(eq(carts.id, cart!.id)))[0]!.shippingMethodId).toBeNull();
      expect((await handle.db.select().from(checkouts).where(eq(checkouts.cartId, cart!.id)))[0]!.draft).toEqual({ email: "a@example.com" });
      expect((await handle.db.select().from(orders).where(eq(orders.id, order!.id)))[0]!.shippingMethodId).toBe("gulf-express-2");
      expect((await rules()).methods.some((m) => m.id === "gulf-express-2")).toBe(false);
      expect(await audits("shipping_method", "gulf-express-2")).toMatchObject([{ action: "shipping_method.create" }, { action: "shipping_method.remove", after: { forgotten: { carts: 1, checkouts: 1 } } }]);
      expect(await removeShippingMethod(handle.db, { id: "gulf-express-2", actor })).toEqual({ ok: false, reason: "not_found" });
    });
  });

  describe("warehouse", () => {
    it("a new holiday moves the delivery date; removing it moves it back; both audited", async () => {
      const before = await standard("US", 2000);
      expect(before.window).toEqual({ from: "2027-03-05", to: "2027-03-10" });
      expect(await addHoliday(handle.db, { date: "2027-03-03", actor })).toEqual({ ok: true, id: "main" });
      expect((await standard("US", 2000)).window).toEqual({ from: "2027-03-08", to: "2027-03-11" });
      expect((await rules()).warehouse.holidays).toContain("2027-03-03");
      expect(await addHoliday(handle.db, { date: "2027-03-03", actor })).toEqual({ ok: false, reason: "invalid", problems: [{ field: "holidays", reason: "duplicate_date", values: ["2027-03-03"] }] });
      expect(await addHoliday(handle.db, { date: "2027-02-30", actor })).toEqual({ ok: false, reason: "invalid", problems: [{ field: "holidays", reason: "bad_date", values: ["2027-02-30"] }] });
      expect(await addHoliday(handle.db, { date: "3 March", actor })).toMatchObject({ problems: [{ reason: "bad_date" }] });
      expect(await removeHoliday(handle.db, { date: "2027-03-03", actor })).toEqual({ ok: true, id: "main" });
      expect((await standard("US", 2000)).window).toEqual(before.window);
      expect(await removeHoliday(handle.db, { date: "2027-03-03", actor })).toMatchObject({ ok: false, problems: [{ reason: "not_found" }] });
      expect((await audits("warehouse", "main")).map((row) => row.action)).toEqual(["warehouse.holiday_add", "warehouse.holiday_remove"]);
    });

    it("the cut-off, handling days and time zone move dispatch; a bad time zone, cut-off or date is refused", async () => {
      const seeded = (await loadWarehouse(handle.db))!;
      const audits = await auditCount();
      expect(await saveWarehouse(handle.db, { warehouse: { ...seeded, timeZone: "Mars/Olympus" }, actor })).toEqual({ ok: false, reason: "invalid", problems: [{ field: "timeZone", reason: "bad_time_zone" }] });
      expect(await saveWarehouse(handle.db, { warehouse: { ...seeded, cutoff: "25:00", handlingDays: -1 }, actor })).toMatchObject({
        problems: [
          { field: "cutoff", reason: "bad_cutoff" },
          { field: "handlingDays", reason: "bad_handling_days" },
        ],
      });
      expect(await saveWarehouse(handle.db, { warehouse: { ...seeded, holidays: ["2027-13-01", "2027-01-01", "2027-01-01"] }, actor })).toMatchObject({
        problems: [
          { field: "holidays", reason: "bad_date", values: ["2027-13-01"] },
          { field: "holidays", reason: "duplicate_date", values: ["2027-01-01"] },
        ],
      });
      expect(await loadWarehouse(handle.db)).toEqual(seeded);
      expect(await auditCount()).toBe(audits);

      // 09:00 in Los Angeles is 18:00 in Berlin: past a 14:00 cut-off there, so dispatch is the next day; one handling day adds another.
      expect(await saveWarehouse(handle.db, { warehouse: { timeZone: "Europe/Berlin", cutoff: "14:00", handlingDays: 1 }, actor })).toEqual({ ok: true, id: "main" });
      expect((await standard("US", 2000)).window).toEqual({ from: "2027-03-09", to: "2027-03-12" });
      expect((await loadWarehouse(handle.db))!.holidays).toEqual(seeded.holidays);
      expect(await saveWarehouse(handle.db, { warehouse: seeded, actor })).toMatchObject({ ok: true });
      expect((await standard("US", 2000)).window).toEqual({ from: "2027-03-05", to: "2027-03-10" });
    });
  });

  describe("promotions", () => {
    it("one starting now lowers the quoted price, one ending takes it away; each write audited", async () => {
      const now = new Date();
      const full = (await quoteTo("US", 10_000, now)).lines[0]!.total.amount;
      expect(full).toBe(10_000);
      const promotion = { id: "home-days", percentOff: 20, categories: ["home"], startsAt: new Date(now.getTime() - 60_000), endsAt: new Date(now.getTime() + 86_400_000) };
      expect(await savePromotion(handle.db, { promotion, isNew: true, actor })).toEqual({ ok: true, id: "home-days" });
      expect((await quoteTo("US", 10_000, now)).lines[0]!.total.amount).toBe(8000);
      // Not on other categories.
      expect((await quoteTo("US", 10_000, now, "stationery")).lines[0]!.total.amount).toBe(10_000);

      expect(await savePromotion(handle.db, { promotion: { ...promotion, endsAt: now }, isNew: false, actor })).toEqual({ ok: true, id: "home-days" });
      expect((await quoteTo("US", 10_000, now)).lines[0]!.total.amount).toBe(10_000);
      expect(await savePromotion(handle.db, { promotion, isNew: true, actor })).toEqual({ ok: false, reason: "invalid", problems: [{ field: "id", reason: "id_taken" }] });
      expect(await removePromotion(handle.db, { id: "home-days", actor })).toEqual({ ok: true, id: "home-days" });
      expect(await removePromotion(handle.db, { id: "home-days", actor })).toEqual({ ok: false, reason: "not_found" });
      expect(await savePromotion(handle.db, { promotion, isNew: false, actor })).toEqual({ ok: false, reason: "not_found" });
      expect((await audits("promotion", "home-days")).map((row) => row.action)).toEqual(["promotion.create", "promotion.update", "promotion.remove"]);
    });

    it("refuses an end before the start, an unknown category and a percentage out of 1 to 90, writing nothing", async () => {
      const audits = await auditCount();
      const before = await listPromotions(handle.db);
      const starts = new Date("2027-05-01T07:00:00Z");
      const base = { id: "spring", percentOff: 10, categories: ["home"], startsAt: starts, endsAt: new Date("2027-05-08T07:00:00Z") };
      expect(await savePromotion(handle.db, { promotion: { ...base, endsAt: new Date("2027-04-30T07:00:00Z") }, isNew: true, actor })).toEqual({
        ok: false,
        reason: "invalid",
        problems: [{ field: "endsAt", reason: "window_order" }],
      });
      expect(await savePromotion(handle.db, { promotion: { ...base, endsAt: starts }, isNew: true, actor })).toMatchObject({ problems: [{ field: "endsAt", reason: "window_order" }] });
      expect(await savePromotion(handle.db, { promotion: { ...base, categories: ["home", "spaceships"] }, isNew: true, actor })).toEqual({
        ok: false,
        reason: "invalid",
        problems: [{ field: "categories", reason: "unknown_category", values: ["spaceships"] }],
      });
      expect(await savePromotion(handle.db, { promotion: { ...base, percentOff: 91 }, isNew: true, actor })).toMatchObject({ problems: [{ field: "percentOff", reason: "bad_percent" }] });
      expect(await savePromotion(handle.db, { promotion: { ...base, percentOff: 0 }, isNew: true, actor })).toMatchObject({ problems: [{ field: "percentOff", reason: "bad_percent" }] });
      expect(await savePromotion(handle.db, { promotion: { ...base, id: "-x-", startsAt: new Date(Number.NaN) }, isNew: true, actor })).toMatchObject({
        problems: [
          { field: "id", reason: "bad_id" },
          { field: "startsAt", reason: "bad_date" },
        ],
      });
      expect(await listPromotions(handle.db)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe("the forms' actions, for staff and admins", () => {
    it("name each problem at its field and keep what was typed; a good save is done", async () => {
      const { saveMethodAction, saveZoneAction, removeZoneAction } = await import("@/lib/admin/shipping-rule-actions");
      const { saveWarehouseAction, addHolidayAction } = await import("@/lib/admin/warehouse-actions");
      const { savePromotionAction } = await import("@/lib/admin/promotion-actions");
      state.session = staff;
      const methodForm = { locale: "en", zoneId: "us", id: "us-express", service: "express", carrier: "UPS 2nd Day Air", freeOver: "", transitDaysMin: "1", transitDaysMax: "2", position: "1" };
      const unsorted = await saveMethodAction(idle, form({ ...methodForm, tierBelow0: "50", tierAmount0: "12.99", tierBelow1: "30", tierAmount1: "9.99", tierBelow2: "", tierAmount2: "7.99" }));
      expect(unsorted).toMatchObject({ status: "error", fields: { tierBelow1: "Each tier's limit must be higher than the one before." }, values: { tierBelow1: "30" } });
      const negative = await saveMethodAction(idle, form({ ...methodForm, tierAmount0: "-3", transitDaysMin: "5", transitDaysMax: "2" }));
      expect(negative).toMatchObject({ status: "error", fields: { tierAmount0: "An amount cannot be below zero." } });
      const order = await saveMethodAction(idle, form({ ...methodForm, tierAmount0: "3", transitDaysMin: "5", transitDaysMax: "2" }));
      expect(order).toMatchObject({ status: "error", fields: { transitDaysMax: "The most days cannot be fewer than the least." } });
      expect(await saveMethodAction(idle, form({ ...methodForm, tierAmount0: "14.99" }))).toEqual({ status: "done", message: "Method saved." });
      expect((await rules()).methods.find((m) => m.id === "us-express")!.rate).toEqual([{ below: null, amount: 1499 }]);

      state.session = admin;
      const taken = await saveZoneAction(idle, form({ locale: "en", isNew: "yes", id: "alps", countries: "ch, li, at", domestic: "no", position: "7" }));
      expect(taken).toMatchObject({ status: "error", fields: { countries: "Already in another zone: AT (europe). Take them out of that zone first." }, values: { countries: "ch, li, at" } });
      await expect(saveZoneAction(idle, form({ locale: "uk", isNew: "yes", id: "alps", countries: "ch, li", domestic: "no", position: "7" }))).rejects.toThrow("NEXT_REDIRECT /uk/admin/pricing/shipping/alps");
      expect(await loadShippingZone(handle.db, "alps")).toMatchObject({ countries: ["CH", "LI"], methods: [] });
      expect(await removeZoneAction(idle, form({ locale: "en", id: "alps" }))).toMatchObject({ status: "error", fields: { confirm: expect.any(String) } });
      await expect(removeZoneAction(idle, form({ locale: "en", id: "alps", confirm: "yes" }))).rejects.toThrow("NEXT_REDIRECT /en/admin/pricing?removed=zone");

      expect(await saveWarehouseAction(idle, form({ locale: "en", timeZone: "Europe/Narnia", cutoff: "2pm", handlingDays: "1" }))).toMatchObject({
        status: "error",
        fields: { timeZone: "Not a known time zone: use a name like Europe/Berlin.", cutoff: "Enter a time as HH:MM, e.g. 14:00." },
      });
      expect(await saveWarehouseAction(idle, form({ locale: "en", timeZone: "america/los_angeles", cutoff: "14:00", handlingDays: "0" }))).toMatchObject({ status: "done" });
      expect((await loadWarehouse(handle.db))!.timeZone).toBe("America/Los_Angeles");
      expect(await addHolidayAction(idle, form({ locale: "fa", date: "2026-12-25" }))).toMatchObject({ status: "error", fields: { date: expect.any(String) } });

      const window = { startsAt: "2027-06-01T00:00", endsAt: "2027-05-01T00:00" };
      expect(await savePromotionAction(idle, form({ locale: "en", isNew: "yes", id: "june", percentOff: "15", categories: "home,nope", ...window }))).toMatchObject({
        status: "error",
        fields: { categories: "Unknown category: nope.", endsAt: "The end must come after the start." },
      });
      expect(await savePromotionAction(idle, form({ locale: "en", isNew: "yes", id: "june", percentOff: "15", categories: "home", startsAt: "2027-06-01T00:00", endsAt: "2027-06-30T23:59" }))).toMatchObject({ status: "done" });
      // Typed in the warehouse's time zone (Los Angeles, UTC-7 in June).
      expect((await listPromotions(handle.db)).find((p) => p.id === "june")).toMatchObject({ startsAt: new Date("2027-06-01T07:00:00Z"), endsAt: new Date("2027-07-01T06:59:00Z") });
    });
  });
});
