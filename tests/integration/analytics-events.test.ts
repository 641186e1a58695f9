import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { forgetKnownVisits } from "@/lib/analytics/queries";
import { addToCart } from "@/lib/cart/actions";
import { createHandoff, previewHandoff } from "@/lib/cart/handoff";
import { saveCheckout, submitOrder } from "@/lib/checkout/actions";
import { saveDraft } from "@/lib/checkout/drafts";
import { placeOrder } from "@/lib/checkout/place-order";
import type { Locale } from "@/lib/i18n/locales";
import { createJobQueue, type JobQueue } from "@/lib/jobs/queue";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { loadPricingRules } from "@/lib/pricing/queries";
import { startRecovery } from "@/lib/recovery/start";
import { runRecoveryStep } from "@/lib/recovery/step";
import { portland, portlandInput } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { testRecoverySettings } from "../support/recovery";

/**
 * G1 "events you can trust": each event is written by the action that causes it, with the request's
 * visit, device, source, traffic kind and market. The real server actions run against a mocked
 * request (cookies and headers) and `after()` callbacks are run when the test says the response is sent.
 */
const state = vi.hoisted(() => ({
  db: null as Database | null,
  cookies: new Map<string, string>(),
  headers: {} as Record<string, string>,
  pending: [] as (() => unknown)[],
}));
vi.mock("@/db", () => ({ getDb: async () => state.db!, databaseHandle: async () => ({ db: state.db! }) }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    has: (name: string) => state.cookies.has(name),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") state.cookies.set(name, value ?? "");
      else state.cookies.set(name.name, name.value);
    },
    delete: (name: string) => state.cookies.delete(name),
  }),
  headers: async () => new Headers(state.headers),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void state.pending.push(task),
}));
vi.mock("next/cache", () => ({ refresh: () => {}, unstable_cache: (read: unknown) => read, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("@/lib/pricing/cached", () => ({ getPricingRules: async () => loadPricingRules(state.db!, { currency: "USD", homeCountry: "US" }) }));
vi.mock("@/lib/payments/gateway", () => ({ paymentGateway: async () => testGateway }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
function messages(locale: string) {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "ui.json"), "utf8"));
}
vi.mock("next-intl/server", () => ({
  getTranslations: async (options: { locale?: string; namespace?: string } | string) => {
    const { locale = "en", namespace } = typeof options === "string" ? { namespace: options } : options;
    return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: messages(locale) });
  },
  getFormatter: async () => ({ number: (n: number) => String(n) }),
}));
const testGateway = createTestGateway();

/** Runs what the responses left for after() — the writes. */
async function responsesSent() {
  while (state.pending.length) await state.pending.shift()!();
}

const desktopChrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";
const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

describe.each(testDatabases())("analytics events on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let jobs: JobQueue;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target, { poolMax: 8 }));
    state.db = handle.db;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
    await handle.db.execute(sql`update inventory set on_hand = 500, reserved = 0`);
    jobs = createJobQueue(handle);
  });
  afterAll(async () => handle?.close());

  let n = 0;
  /** A new browser: its visitor id, a visit the proxy started (source in the cookie), and its headers. */
  function browser({ ua = desktopChrome, source = "search", destination, traffic }: { ua?: string; source?: string; destination?: string; traffic?: string } = {}) {
    n += 1;
    const visitorId = `00000000-0000-4000-a${target.name === "pglite" ? "1" : "2"}00-${String(n).padStart(12, "0")}`;
    const sessionId = crypto.randomUUID();
    state.cookies = new Map([
      ["vid", visitorId],
      ["sid", `${sessionId}.${source}`],
      ...(destination ? [["deliver_to", destination] as [string, string]] : []),
    ]);
    state.headers = { "user-agent": ua, ...(traffic ? { "x-store-traffic": traffic } : {}) };
    return { visitorId, sessionId };
  }
  const eventsOf = (visitorId: string) =>
    queryRows<{ name: string; props: Record<string, unknown>; sessionId: string | null; device: string; source: string | null; traffic: string; market: string | null; locale: string; path: string | null }>(
      handle.db,
      sql`select name, props, session_id as "sessionId", device, source, traffic, market, locale, path from events where visitor_id = ${visitorId} order by id`,
    );
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.set(key, value);
    return data;
  };
  beforeEach(() => {
    state.pending = [];
    forgetKnownVisits();
  });

  it("add to cart writes cart_add after the response, with the visit, device, source, market and a visit event first", async () => {
    const { visitorId, sessionId } = browser({ ua: iphone, source: "social", destination: "DE:10115" });
    const mug = await variant("stoneware-mug", { color: "navy" });
    const answer = await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "2", locale: "fa" }));
    expect(answer).toMatchObject({ status: "done" });
    // Nothing is written while the response is being made.
    expect(await eventsOf(visitorId)).toEqual([]);
    await responsesSent();
    const written = await eventsOf(visitorId);
    expect(written.map((e) => e.name)).toEqual(["visit", "cart_add"]);
    expect(written[1]).toMatchObject({ props: { variantId: mug, quantity: 2 }, sessionId, device: "mobile", source: "social", traffic: "human", market: "euro", locale: "fa" });
    expect(written[0]).toMatchObject({ props: { source: "social", landing: null }, sessionId, source: "social" });
  });

  it("a second event of the same visit writes no second visit event; a bot and the test suite are marked", async () => {
    const { visitorId } = browser({ ua: "Googlebot/2.1 (+http://www.google.com/bot.html)" });
    const mug = await variant("stoneware-mug", { color: "navy" });
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "en" }));
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "en" }));
    await responsesSent();
    forgetKnownVisits();
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "en" }));
    await responsesSent();
    const written = await eventsOf(visitorId);
    expect(written.map((e) => e.name)).toEqual(["visit", "cart_add", "cart_add", "cart_add"]);
    expect(new Set(written.map((e) => e.traffic))).toEqual(new Set(["bot"]));

    const tester = browser({ ua: "Mozilla/5.0 HeadlessChrome/124.0", traffic: "test" });
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "en" }));
    await responsesSent();
    expect((await eventsOf(tester.visitorId)).map((e) => e.traffic)).toEqual(["test", "test"]);
  });

  it("a prefetch records nothing; a request without a visitor id records nothing", async () => {
    browser();
    state.headers["next-router-prefetch"] = "1";
    const mug = await variant("stoneware-mug", { color: "navy" });
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "en" }));
    expect(state.pending).toEqual([]);
  });

  it("the checkout records each section completed, the delivery method, payment attempted and failed with its reason, and the order", async () => {
    const { visitorId, sessionId } = browser({ source: "email" });
    const mug = await variant("stoneware-mug", { color: "navy" });
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "en" }));
    const address = portlandInput();
    // No email typed: the draft starts no reminders (no job queue needed).
    const saved = await saveCheckout({ values: { ...address, shippingMethodId: "us-standard" }, completed: ["contact", "address", "delivery"], locale: "en" });
    expect(saved).toEqual({ saved: true });
    await saveCheckout({ values: { ...address }, completed: ["payment"], locale: "en" });

    const cartId = (await queryRows<{ id: string }>(handle.db, sql`select id from carts where visitor_id = ${visitorId} and status = 'active'`))[0]!.id;
    const probe = await placeOrder(handle.db, testGateway, {
      cart: { visitorId, cartId },
      idempotencyKey: crypto.randomUUID(),
      email: "buyer@example.com",
      locale: "en",
      address: portland,
      billing: null,
      shippingMethodId: null,
      paymentMethod: "card",
      expectedTotal: -1,
      card: { number: "4242424242424242", expiry: "12/34", cvc: "123" },
      rules: await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" }),
    });
    if (probe.status !== "total_changed") throw new Error(probe.status);
    const order = (cardNumber: string) =>
      form({
        locale: "en",
        email: "buyer@example.com",
        ...Object.fromEntries(Object.entries(address).map(([k, v]) => [k, String(v)])),
        paymentMethod: "card",
        cardNumber,
        cardExpiry: "12/34",
        cardCvc: "123",
        expectedTotal: String(probe.quote.total.amount),
        expectedCurrency: probe.quote.currency,
      });
    const declined = await submitOrder({ status: "idle" }, order("4000000000000002"));
    expect(declined).toMatchObject({ status: "failed", field: "cardNumber" });
    await expect(submitOrder({ status: "idle" }, order("4242424242424242"))).rejects.toThrow(/NEXT_REDIRECT/);
    await responsesSent();

    const written = await eventsOf(visitorId);
    expect(written.map((e) => [e.name, e.props])).toEqual([
      ["visit", { source: "email", landing: null }],
      ["cart_add", { variantId: mug, quantity: 1 }],
      ["checkout_section_completed", { section: "contact" }],
      ["checkout_section_completed", { section: "address" }],
      ["checkout_section_completed", { section: "delivery" }],
      ["shipping_method_chosen", { methodId: "us-standard" }],
      ["checkout_section_completed", { section: "payment" }],
      ["payment_attempted", { method: "card" }],
      ["payment_failed", { code: "card_declined" }],
      ["payment_attempted", { method: "card" }],
      ["order_placed", { number: expect.any(Number), method: "card" }],
    ]);
    expect(new Set(written.map((e) => e.sessionId))).toEqual(new Set([sessionId]));
    expect(new Set(written.map((e) => e.source))).toEqual(new Set(["email"]));
    expect(new Set(written.map((e) => e.market))).toEqual(new Set(["us"]));
  });

  it("a reminder sent and its link's first opening are written for the cart's visitor, in the step's and the click's transactions", async () => {
    const { visitorId } = browser({ ua: iphone, source: "direct" });
    const mug = await variant("stoneware-mug", { color: "navy" });
    await addToCart({ status: "idle" }, form({ variantId: String(mug), quantity: "1", locale: "uk" }));
    await responsesSent();
    const cartId = (await queryRows<{ id: string }>(handle.db, sql`select id from carts where visitor_id = ${visitorId} and status = 'active'`))[0]!.id;
    // The recovery tests' fake clock: left at 10:00 UTC two days ago, reminded at 11:00 (outside quiet hours).
    const left = new Date(new Date(new Date().toISOString().slice(0, 10)).getTime() - 38 * 60 * 60_000);
    await handle.db.transaction(async (tx) => {
      await saveDraft(tx, { cartId, visitorId, draft: { email: "later@example.com", marketingConsent: "yes" }, validEmail: "later@example.com", timeZone: null });
      await startRecovery(tx, jobs, { cartId, email: "later@example.com", locale: "uk", timeZone: null, marketingConsent: true }, { now: left, settings: testRecoverySettings });
    });
    await handle.db.execute(sql`update carts set updated_at = ${left.toISOString()}::timestamptz where id = ${cartId}`);
    await handle.db.execute(sql`update checkouts set updated_at = ${left.toISOString()}::timestamptz where cart_id = ${cartId}`);
    const sentAt = new Date(left.getTime() + 60 * 60_000);
    const sent = await runRecoveryStep(handle.db, jobs, { cartId, step: 1 }, { now: sentAt, settings: testRecoverySettings });
    if (!("messageId" in sent)) throw new Error(JSON.stringify(sent));
    const { token } = await createHandoff(handle.db, { cartId, channel: "reminder", createdBy: "reminder", recoveryMessageId: sent.messageId });
    await previewHandoff(handle.db, { token, visitorId: crypto.randomUUID(), webhookUrls: [] });
    await previewHandoff(handle.db, { token, visitorId: crypto.randomUUID(), webhookUrls: [] });

    const reminders = (await eventsOf(visitorId)).filter((e) => e.name.startsWith("reminder_"));
    expect(reminders).toEqual([
      expect.objectContaining({ name: "reminder_sent", props: { messageId: sent.messageId, step: 1, channel: "email" }, source: "reminder", device: "mobile", locale: "uk", sessionId: null }),
      expect.objectContaining({ name: "reminder_clicked", props: { messageId: sent.messageId, step: 1, channel: "email" }, source: "reminder", device: "mobile" }),
    ]);
  });
});
