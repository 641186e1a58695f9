import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import type { EventName } from "@/lib/analytics/events";
import { eventPages } from "@/lib/analytics/export";
import { funnelReport, FunnelQueryError, type FunnelQueryInput } from "@/lib/analytics/funnel";
import { insertEvent } from "@/lib/analytics/queries";
import type { TrafficKind, TrafficSource } from "@/lib/analytics/session";
import type { CartRef } from "@/lib/cart/queries";
import { placeOrder } from "@/lib/checkout/place-order";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { loadPricingRules } from "@/lib/pricing/queries";
import * as exportRoute from "@/app/api/admin/analytics/export/route";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

const state = vi.hoisted(() => ({
  session: null as null | { user: { id: string; email: string; role: string } },
  db: null as null | Database,
}));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));

/**
 * G1/G2: a scripted week of visits (and the week before) gives exactly the expected funnel, core
 * figures and comparison; filters narrow it; a ten-year range is refused; the export streams.
 */
const week = { from: "2026-03-10", to: "2026-03-16" } as const;
const at = (dayOfMarch: number, seconds = 0) => new Date(Date.UTC(2026, 2, dayOfMarch, 12, 0, seconds));

type Step = EventName | `section:${"contact" | "address" | "delivery" | "payment"}`;
const fullPath: Step[] = ["visit", "product_view", "cart_add", "checkout_start", "section:contact", "section:address", "section:delivery", "section:payment", "order_placed"];

describe.each(testDatabases())("analytics funnel on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  const orderTotals: number[] = [];
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target, { poolMax: 8 }));
    state.db = handle.db;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
    await handle.db.execute(sql`update inventory set on_hand = 500, reserved = 0`);
    await script();
  });
  afterAll(async () => handle?.close());

  const shoppers = guestShoppers(() => handle.db, "7");
  let visitorN = 0;
  const gateway = createTestGateway();

  /** One visit: its events one minute apart from `day` 12:00 (a `page_view` `lingerSeconds` after the last step), with a cart and an order where it got there. */
  async function visitOf(
    steps: Step[],
    { day, device = "desktop", locale = "en", market = "us", source = "direct", traffic = "human", lingerSeconds = 0 }: { day: number; device?: "mobile" | "desktop"; locale?: string; market?: string; source?: TrafficSource; traffic?: TrafficKind; lingerSeconds?: number },
  ) {
    let visitorId = `00000000-0000-4000-7100-${String(++visitorN).padStart(12, "0")}`;
    let cart: CartRef | null = null;
    if (steps.includes("cart_add")) {
      cart = await shoppers.withCart(await variant("stoneware-mug", { color: "navy" }));
      visitorId = cart.visitorId;
      await handle.db.execute(sql`update carts set created_at = ${at(day, 120).toISOString()}::timestamptz where id = ${cart.cartId}`);
    }
    const sessionId = crypto.randomUUID();
    let seconds = 0;
    let last = at(day);
    for (const step of steps) {
      last = at(day, seconds);
      let name = step as EventName;
      let props: Record<string, unknown> = {};
      if (step.startsWith("section:")) {
        name = "checkout_section_completed";
        props = { section: step.slice("section:".length) };
      } else if (step === "visit") props = { source, landing: "/en" };
      else if (step === "order_placed") {
        const placed = await placeOrder(handle.db, gateway, {
          cart: cart!,
          idempotencyKey: crypto.randomUUID(),
          email: `funnel${visitorN}@example.com`,
          locale: "en",
          address: portland,
          billing: null,
          shippingMethodId: null,
          paymentMethod: "cash_on_delivery",
          expectedTotal: -1,
          card: null,
          rules: await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" }),
        });
        if (placed.status !== "total_changed") throw new Error(placed.status);
        const order = await placeOrder(handle.db, gateway, {
          cart: cart!,
          idempotencyKey: crypto.randomUUID(),
          email: `funnel${visitorN}@example.com`,
          locale: "en",
          address: portland,
          billing: null,
          shippingMethodId: null,
          paymentMethod: "cash_on_delivery",
          expectedTotal: placed.quote.total.amount,
          card: null,
          rules: await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" }),
        });
        if (order.status !== "placed") throw new Error(order.status);
        await handle.db.execute(sql`update orders set created_at = ${last.toISOString()}::timestamptz where number = ${order.number}`);
        if (traffic === "human" && day >= 10) orderTotals.push(placed.quote.total.amount);
        props = { number: order.number, method: "cash_on_delivery" };
      }
      await insertEvent(handle.db, { name, props, visitorId, device, locale, path: "/en", sessionId, market, source, traffic, at: last });
      seconds += 60;
    }
    if (lingerSeconds) {
      await insertEvent(handle.db, { name: "page_view", props: { page: "faq" }, visitorId, device, locale, path: "/en/faq", sessionId, market, source, traffic, at: new Date(last.getTime() + lingerSeconds * 1000) });
    }
    return { visitorId, sessionId };
  }

  async function script() {
    // This week, people.
    await visitOf(fullPath, { day: 11, source: "search" });
    await visitOf(fullPath.slice(0, 5), { day: 11, device: "mobile", lingerSeconds: 120 });
    await visitOf(fullPath.slice(0, 3), { day: 12, device: "mobile", locale: "fa", market: "euro", source: "social", lingerSeconds: 300 });
    await visitOf(fullPath.slice(0, 2), { day: 12, locale: "fa", market: "euro", lingerSeconds: 60 });
    await visitOf(["visit"], { day: 13 });
    await visitOf(fullPath, { day: 14, device: "mobile", source: "email" });
    await visitOf(fullPath.slice(0, 3), { day: 16, device: "mobile", source: "search", lingerSeconds: 200 });
    // A bot and the store's own test run: not in the default view.
    await visitOf(fullPath.slice(0, 3), { day: 13, traffic: "bot" });
    await visitOf(fullPath, { day: 15, traffic: "test" });
    // The week before.
    await visitOf(fullPath, { day: 5 });
    await visitOf(["visit"], { day: 6 });
    // Outside both weeks.
    await visitOf(fullPath.slice(0, 3), { day: 20 });
    // Survey answers this week: two left the cart for the shipping cost, one the address section; effort 6 and 3; a bot's answer.
    const answer = (kind: string, page: string, reason: string | null, score: number | null, traffic = "human") =>
      handle.db.execute(
        sql`insert into survey_answers (kind, visitor_id, page, reason, score, locale, device, traffic, at)
            values (${kind}, 'v', ${page}, ${reason}, ${score}, 'en', 'desktop', ${traffic}, ${at(12).toISOString()}::timestamptz)`,
      );
    await answer("exit", "cart", "extra_costs", null);
    await answer("exit", "cart", "extra_costs", null);
    await answer("exit", "checkout:address", "too_long", null);
    await answer("effort", "1001", null, 6);
    await answer("effort", "1002", null, 3);
    await answer("exit", "cart", "just_browsing", null, "bot");
  }

  const report = (input: Partial<FunnelQueryInput> = {}) => funnelReport(handle.db, { ...week, ...input });
  const counts = (steps: { visits: number }[]) => steps.map((step) => step.visits);

  it("counts the visits reaching each step, the step conversion and where they left, people only by default", async () => {
    const funnel = await report();
    expect(counts(funnel.steps)).toEqual([7, 6, 5, 3, 3, 2, 2, 2, 2]);
    expect(funnel.steps.map((step) => step.conversion)).toEqual([null, 6 / 7, 5 / 6, 3 / 5, 1, 2 / 3, 1, 1, 1]);
    expect(funnel.steps.map((step) => step.left)).toEqual([1, 1, 2, 0, 1, 0, 0, 0, 2]);
    // Most visits left after adding to the cart; they stayed 300 and 200 seconds: the median is 250.
    expect(funnel.biggestLeave).toMatchObject({ step: "add", left: 2, medianSecondsBeforeLeaving: 250 });
    expect(funnel.steps[4]).toMatchObject({ step: "contact", medianSecondsBeforeLeaving: 120 });
  });

  it("gives the core figures and the week before's", async () => {
    // One of the week's orders came after a person's help in live chat (F4).
    await handle.db.execute(sql`update orders set chat_assisted = 'agent' where id = (select id from orders where created_at >= '2026-03-10' order by created_at limit 1)`);
    const funnel = await report();
    await handle.db.execute(sql`update orders set chat_assisted = null`);
    const average = Math.round(orderTotals.reduce((a, b) => a + b, 0) / orderTotals.length);
    expect(funnel.core).toEqual({
      visits: 7,
      cartsCreated: 5,
      orders: 2,
      conversionRate: (2 / 7) * 100,
      abandonmentRate: 60,
      averageOrderValue: [{ currency: "USD", orders: 2, amount: average }],
      chatAssisted: { agent: 1, bot: 0 },
    });
    expect(funnel.previous).toMatchObject({ start: new Date("2026-03-03T00:00:00Z"), end: new Date("2026-03-10T00:00:00Z"), days: 7 });
    expect(counts(funnel.previousSteps)).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(funnel.previousCore).toMatchObject({ visits: 2, cartsCreated: 1, orders: 1, conversionRate: 50, abandonmentRate: 0 });
  });

  it("breaks the week down by device, locale, market and source, and shows the survey answers beside their steps", async () => {
    const funnel = await report();
    const by = (dimension: string) => funnel.breakdowns.find((b) => b.dimension === dimension)!.rows;
    expect(by("device")).toEqual([
      { value: "mobile", visits: 4, carts: 4, checkouts: 2, orders: 1, conversion: 25 },
      { value: "desktop", visits: 3, carts: 1, checkouts: 1, orders: 1, conversion: (1 / 3) * 100 },
    ]);
    expect(by("locale").map((row) => [row.value, row.visits])).toEqual([["en", 5], ["fa", 2]]);
    expect(by("market").map((row) => [row.value, row.visits])).toEqual([["us", 5], ["euro", 2]]);
    expect(by("source").map((row) => [row.value, row.visits, row.orders])).toEqual([["direct", 3, 0], ["search", 2, 1], ["email", 1, 1], ["social", 1, 0]]);
    expect(funnel.surveys).toEqual({
      exits: [
        { step: "checkout", reason: "extra_costs", count: 2 },
        { step: "address", reason: "too_long", count: 1 },
      ],
      effort: { count: 2, average: 4.5 },
    });
  });

  it("filters narrow the view; other traffic is there when asked for", async () => {
    expect(counts((await report({ device: "mobile" })).steps)).toEqual([4, 4, 4, 2, 2, 1, 1, 1, 1]);
    expect(counts((await report({ locale: "fa" })).steps)).toEqual([2, 2, 1, 0, 0, 0, 0, 0, 0]);
    expect(counts((await report({ market: "euro" })).steps)).toEqual([2, 2, 1, 0, 0, 0, 0, 0, 0]);
    const search = await report({ source: "search" });
    expect(counts(search.steps)).toEqual([2, 2, 2, 1, 1, 1, 1, 1, 1]);
    expect(search.core).toMatchObject({ cartsCreated: 2, orders: 1, abandonmentRate: 50 });
    const everyone = await report({ traffic: ["human", "bot", "test"] });
    expect(counts(everyone.steps)).toEqual([9, 8, 7, 4, 4, 3, 3, 3, 3]);
    expect(everyone.core).toMatchObject({ cartsCreated: 7, orders: 3 });
  });

  it("refuses a ten-year range, a period ending before it starts and a date that does not exist", async () => {
    await expect(report({ from: "2016-01-01", to: "2026-01-01" })).rejects.toEqual(new FunnelQueryError("range_too_long"));
    await expect(report({ from: "2026-03-16", to: "2026-03-10" })).rejects.toEqual(new FunnelQueryError("from_after_to"));
    await expect(report({ from: "2026-02-30", to: "2026-03-10" })).rejects.toEqual(new FunnelQueryError("invalid_date"));
    // A whole year is allowed (this week and the one before: nine visits).
    expect(counts((await report({ from: "2025-03-17", to: "2026-03-16" })).steps)[0]).toBe(9);
  });

  it("reads the export in keyset pages", async () => {
    const pages: number[][] = [];
    for await (const page of eventPages(handle.db, { ...week, traffic: ["human"] }, { pageSize: 10 })) pages.push(page.map((row) => Number(row.id)));
    const ids = pages.flat();
    expect(pages.slice(0, -1).every((page) => page.length === 10)).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const [total] = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from events where traffic = 'human' and at >= '2026-03-10T00:00:00Z' and at < '2026-03-17T00:00:00Z'`,
    );
    expect(new Set(ids).size).toBe(total!.count);
  });

  describe("the export route", () => {
    const get = (query: string) => exportRoute.GET(new Request(`http://shop.test/api/admin/analytics/export?${query}`));

    it("refuses a shopper and a signed-out request", async () => {
      state.session = null;
      expect((await get(`format=csv&from=${week.from}&to=${week.to}`)).status).toBe(404);
      state.session = { user: { id: "u-shopper", email: "shopper@example.com", role: "shopper" } };
      expect((await get(`format=csv&from=${week.from}&to=${week.to}`)).status).toBe(404);
    });

    it("streams the events as CSV with formulas neutralised and separators quoted; JSON, NDJSON and the funnel too", async () => {
      state.session = { user: { id: "u-staff", email: "staff@example.com", role: "staff" } };
      await insertEvent(handle.db, {
        name: "search",
        props: { query: '=HYPERLINK("http://evil.example","x"), and more', results: 0 },
        visitorId: "00000000-0000-4000-7999-000000000001",
        device: "desktop",
        locale: "en",
        path: "=cmd|' /C calc'!A0",
        sessionId: crypto.randomUUID(),
        source: "direct",
        at: at(13),
      });
      const response = await get(`format=csv&from=${week.from}&to=${week.to}&device=desktop`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.body).toBeInstanceOf(ReadableStream);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // A byte-order mark first, so a spreadsheet reads the text as UTF-8.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder().decode(bytes);
      const lines = csv.trim().split("\r\n");
      expect(lines[0]).toBe("id,at,name,visitor_id,session_id,user_id,device,locale,market,source,traffic,path,arms,props");
      const search = lines.find((line) => line.includes("Z,search,"))!;
      expect(search).toContain(`,'=cmd|' /C calc'!A0,{},`);
      expect(search).toContain(`"{""query"":""=HYPERLINK(\\""http://evil.example\\"",\\""x\\""), and more"",""results"":0}"`);
      expect(lines.slice(1).every((line) => line.includes(",desktop,"))).toBe(true);

      const json = (await (await get(`format=json&from=${week.from}&to=${week.to}&device=desktop`)).json()) as { name: string }[];
      expect(json).toHaveLength(lines.length - 1);
      const ndjson = (await (await get(`format=ndjson&from=${week.from}&to=${week.to}&device=desktop`)).text()).trim().split("\n");
      expect(ndjson).toHaveLength(lines.length - 1);
      const funnel = (await (await get(`format=funnel&from=${week.from}&to=${week.to}`)).json()) as { steps: { visits: number }[] };
      expect(funnel.steps[0]!.visits).toBe(8);
      expect((await get("format=csv&from=2016-01-01&to=2026-01-01")).status).toBe(400);
      expect(await (await get("format=csv&from=2016-01-01&to=2026-01-01")).json()).toEqual({ error: "range_too_long", field: "to" });
      expect((await get(`format=xlsx&from=${week.from}&to=${week.to}`)).status).toBe(400);
    });
  });
});
