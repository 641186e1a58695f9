import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { PostalAddress } from "@/db/schema";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { claimHandoff, previewHandoff } from "@/lib/cart/handoff";
import { getCartView, setCartDestination, type CartRef } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { placeOrder } from "@/lib/checkout/place-order";
import { env } from "@/lib/env";
import { mailRenderers } from "@/lib/mail/renderers";
import { outboxBacklog } from "@/lib/mail/queries";
import { deliverDueMail, mailPolicy, queueMail } from "@/lib/mail/send";
import type { MailMessage, MailTransport } from "@/lib/mail/transport";
import { rulesForCountry } from "@/lib/markets/localize";
import { formatMoney, money } from "@/lib/money";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { databaseLedger } from "@/lib/payments/test-gateway-ledger";
import { loadPricingRules } from "@/lib/pricing/queries";
import { taxRateFor } from "@/lib/pricing/tax";
import type { PricingRules } from "@/lib/pricing/types";
import { isUnsubscribed, unsubscribe, unsubscribeUrls, verifyUnsubscribeToken } from "@/lib/recovery/unsubscribe";
import { loadUnsubscribePage, unsubscribeWithToken } from "@/lib/recovery/unsubscribe-page";
import { store } from "@/lib/store/config";
import * as oneClick from "@/app/api/unsubscribe/[token]/route";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

// The signing key (unsubscribe tokens, order links) and the unsubscribe loaders read the app's database handle.
const state = vi.hoisted(() => ({ db: null as Database | null }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));

const address: PostalAddress = { fullName: "Grace Hopper", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" };

/** A transport that keeps every message it was handed, headers included. */
function recordingTransport() {
  const sent: MailMessage[] = [];
  const transport: MailTransport = {
    kind: "smtp",
    async send(mail) {
      sent.push(mail);
    },
  };
  return { transport, sent };
}

describe.each(testDatabases())("abandoned-cart reminder mail on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let rules: PricingRules;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    state.db = handle.db;
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const shoppers = guestShoppers(() => handle.db, "e");
  const visitor = (n: number) => `00000000-0000-4000-f000-${String(n).padStart(12, "0")}`;

  /** What the reminder step does when a reminder is due: its message row and the queued mail, in one transaction. */
  async function queueReminder(cart: CartRef, { to, locale = "en", step = 1, incentiveCode = null }: { to: string; locale?: "en" | "fa"; step?: number; incentiveCode?: string | null }) {
    return handle.db.transaction(async (tx) => {
      const [message] = await queryRows<{ id: number }>(tx, sql`insert into recovery_messages (cart_id, step, channel) values (${cart.cartId}, ${step}, 'email') returning id`);
      const dedupeKey = `cart-reminder:${cart.cartId}:${step}`;
      await queueMail(tx, { to, template: "cart-reminder", locale, params: { cartId: cart.cartId, step, messageId: message!.id, incentiveCode, unavailable: [] }, dedupeKey }, "smtp");
      return { messageId: message!.id, dedupeKey };
    });
  }

  const outbox = async (dedupeKey: string) =>
    (
      await queryRows<{ subject: string | null; html: string | null; sentAt: string | null; error: string | null; params: Record<string, unknown> }>(
        handle.db,
        sql`select subject, html, sent_at as "sentAt", error, params from mail_outbox where dedupe_key = ${dedupeKey}`,
      )
    )[0]!;
  const message = async (id: number) =>
    (await queryRows<{ clickedAt: string | null; restoredAt: string | null }>(handle.db, sql`select clicked_at as "clickedAt", restored_at as "restoredAt" from recovery_messages where id = ${id}`))[0]!;
  const restoreToken = (html: string) => html.match(/\/en\/cart\/continue\/([A-Za-z0-9_-]{43})/)?.[1] ?? null;

  it("renders the cart as it is now, in English, with a restore link that works and a one-click unsubscribe", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const pen = await variant("brass-bolt-action-pen", {});
    const cart = await shoppers.withCart(mug, 2);
    await shoppers.withCart(pen); // another shopper's cart, never in this mail
    await setCartDestination(handle.db, { ...cart, destination: { country: "US", postalCode: "97201", region: null } });
    // The price changed after the shopper left: the mail quotes today's price.
    await handle.db.execute(sql`update variants set price = 2150 where id = ${mug}`);
    const { messageId, dedupeKey } = await queueReminder(cart, { to: "Grace.Hopper@Example.com" });

    const { transport, sent } = recordingTransport();
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport, dedupeKey })).toBe(1);
    const mail = await outbox(dedupeKey);
    expect(mail).toMatchObject({ subject: `You left something in your cart at ${store.name}`, sentAt: expect.anything(), error: null });
    const html = mail.html!;
    expect(html).toContain('dir="ltr"');
    expect(html).toContain("Stoneware Mug");
    expect(html).toContain("Colour: Navy");
    expect(html).toContain(`src="${new URL("/catalog/products/", env.SITE_URL).toString()}`);

    // The figures are the cart's own quote for its destination, now.
    const view = (await getCartView(handle.db, { ...cart, locale: "en" }))!;
    const base = await loadPricingRules(handle.db, { currency: store.currency, homeCountry: store.country });
    const priced = rulesForCountry(base, "US");
    const destination = { country: "US", postalCode: "97201", region: null };
    const quote = await quoteCart(handle.db, view, { rules: priced, destination, guessed: false, taxRate: taxRateFor(priced.taxRates, destination), at: new Date() }, { isFirstOrder: true });
    expect(quote.lines[0]!.unitPrice).toEqual(money(2150, "USD"));
    expect(html).toContain(formatMoney(money(2150, "USD"), "en-US"));
    expect(html).toContain(formatMoney(money(4300, "USD"), "en-US"));
    expect(html).toContain(formatMoney(quote.total, "en-US"));
    expect(html).toContain(store.contact.email);
    expect(html).toContain("Back to your cart");

    // The one-click headers went out with it, and are kept with the mail for a retry or the dev mailbox.
    const unsubscribeToken = html.match(/\/en\/unsubscribe\/([A-Za-z0-9_.-]+)"/)?.[1];
    expect(unsubscribeToken).toBeTruthy();
    expect(await verifyUnsubscribeToken(unsubscribeToken!)).toBe("grace.hopper@example.com");
    const headers = { "List-Unsubscribe": `<${new URL(`/api/unsubscribe/${unsubscribeToken}`, env.SITE_URL).toString()}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
    expect(sent).toEqual([expect.objectContaining({ to: "Grace.Hopper@Example.com", subject: mail.subject, headers })]);
    expect(mail.params).toMatchObject({ cartId: cart.cartId, messageId, headers });

    // The restore link: opening it counts the click once; the tap brings the cart to a fresh browser and counts the restore.
    const token = restoreToken(html)!;
    expect(token).toBeTruthy();
    const phone: CartRef = { visitorId: visitor(1), cartId: null };
    expect(await message(messageId)).toEqual({ clickedAt: null, restoredAt: null });
    expect(await previewHandoff(handle.db, { token, visitorId: phone.visitorId })).toMatchObject({ ok: true, preview: { channel: "reminder", items: 2 } });
    const firstClick = (await message(messageId)).clickedAt;
    expect(firstClick).not.toBeNull();
    await previewHandoff(handle.db, { token, visitorId: phone.visitorId, now: new Date(Date.now() + 60_000) });
    expect((await message(messageId)).clickedAt).toEqual(firstClick);
    const claimed = await claimHandoff(handle.db, { token, device: phone, locale: "en" });
    expect(claimed).toMatchObject({ ok: true, cartId: cart.cartId, channel: "reminder" });
    expect(await message(messageId)).toEqual({ clickedAt: firstClick, restoredAt: expect.anything() });
    phone.cartId = cart.cartId;
    expect((await getCartView(handle.db, { ...phone, locale: "en" }))!.lines).toEqual([expect.objectContaining({ variantId: mug, quantity: 2 })]);
    // Another browser is told it was used, nothing else.
    expect(await claimHandoff(handle.db, { token, device: { visitorId: visitor(2), cartId: null }, locale: "en" })).toEqual({ ok: false, reason: "used" });
  });

  it("renders Persian right to left, names what is out of stock, and states the incentive", async () => {
    const shirt = await variant("oxford-button-down", { size: "M", color: "white" });
    const mug = await variant("stoneware-mug", { color: "sage" });
    const cart = await shoppers.withCart(shirt);
    const added = await shoppers.withCart(mug);
    await handle.db.execute(sql`update cart_lines set cart_id = ${cart.cartId} where cart_id = ${added.cartId}`);
    await handle.db.execute(sql`update inventory set on_hand = 0, reserved = 0 where variant_id = ${mug}`);
    await handle.db.execute(sql`insert into coupons (code, kind, value, usage_limit, expires_at) values ('BACK-7QX2', 'percent', 10, 1, now() + interval '7 days')`);
    const { dedupeKey } = await queueReminder(cart, { to: "shirin@example.com", locale: "fa", step: 3, incentiveCode: "BACK-7QX2" });

    const { transport } = recordingTransport();
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport, dedupeKey })).toBe(1);
    const mail = await outbox(dedupeKey);
    expect(mail.subject).toBe(`سبد خریدتان در ${store.name}، حالا با ۱۰٪ تخفیف`);
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.html).toContain('lang="fa-IR"');
    expect(mail.html).toContain("بازگشت به سبد خرید");
    expect(mail.html).toContain("دیگر موجود نیست");
    expect(mail.html).toContain("BACK-7QX2");
    expect(mail.html).toMatch(/\/fa\/cart\/continue\/[A-Za-z0-9_-]{43}/);
    expect(mail.html).toMatch(/\/fa\/unsubscribe\//);
  });

  it("refuses a forged or tampered unsubscribe token and changes nothing", async () => {
    const urls = await unsubscribeUrls("victim@example.com", "en");
    const token = urls.page.split("/").pop()!;
    const [value, mac] = token.split(".") as [string, string];
    const forged = [
      "",
      "nonsense",
      `${Buffer.from("someone@example.com").toString("base64url")}.${mac}`,
      `${value}.${mac.slice(0, -2)}xx`,
      `${value}.${"A".repeat(43)}`,
      "'; delete from mail_unsubscribes; --",
    ];
    for (const attempt of forged) {
      expect(await unsubscribeWithToken({ token: attempt, source: "one-click" })).toEqual({ ok: false });
      expect(await loadUnsubscribePage({ token: attempt })).toEqual({ status: "invalid" });
    }
    expect(await queryRows(handle.db, sql`select email from mail_unsubscribes`)).toEqual([]);
    expect(await loadUnsubscribePage({ token })).toEqual({ status: "subscribed", email: "vi***@example.com" });
  });

  it("answers the one-click POST from a mail client: 204, 400 for a forged token; GET goes to the page", async () => {
    const token = (await unsubscribeUrls("Edsger@example.com", "en")).oneClick.split("/").pop()!;
    const call = (method: "GET" | "POST", value: string) => {
      const request = new NextRequest(new URL(`/api/unsubscribe/${value}`, env.SITE_URL), {
        method,
        // Sent from the mail provider's servers: another origin, no cookies.
        headers: method === "POST" ? { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" } : { cookie: "locale=uk" },
        ...(method === "POST" ? { body: "List-Unsubscribe=One-Click" } : {}),
      });
      return (method === "POST" ? oneClick.POST : oneClick.GET)(request, { params: Promise.resolve({ token: value }) });
    };
    expect((await call("POST", `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).status).toBe(400);
    expect(await isUnsubscribed(handle.db, "edsger@example.com")).toBe(false);
    expect((await call("POST", token)).status).toBe(204);
    expect((await call("POST", token)).status).toBe(204);
    expect(await queryRows(handle.db, sql`select source from mail_unsubscribes where email = 'edsger@example.com'`)).toEqual([{ source: "one-click" }]);
    const page = await call("GET", token);
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe(new URL(`/uk/unsubscribe/${token}`, env.SITE_URL).toString());
  });

  it("unsubscribes once however often it is asked, and drops a reminder still waiting for that address", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shoppers.withCart(mug);
    const { dedupeKey } = await queueReminder(cart, { to: "Ada@Example.com" });
    const urls = await unsubscribeUrls("ada@example.com", "en");
    const token = urls.page.split("/").pop()!;

    expect(await unsubscribeWithToken({ token, source: "one-click" })).toEqual({ ok: true, already: false });
    expect(await unsubscribeWithToken({ token, source: "link" })).toEqual({ ok: true, already: true });
    expect(await unsubscribe(handle.db, " ADA@example.com ", "link")).toEqual({ already: true });
    expect(await isUnsubscribed(handle.db, "ada@EXAMPLE.com")).toBe(true);
    expect(await queryRows(handle.db, sql`select email, source from mail_unsubscribes where email = 'ada@example.com'`)).toEqual([{ email: "ada@example.com", source: "one-click" }]);
    expect(await loadUnsubscribePage({ token })).toEqual({ status: "unsubscribed", email: "ad***@example.com" });

    const { transport, sent } = recordingTransport();
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport, dedupeKey })).toBe(0);
    expect(sent).toEqual([]);
    expect(await outbox(dedupeKey)).toMatchObject({ sentAt: null, html: null, error: "skipped: unsubscribed" });
    // Dropped, not failed: no worker claims it again, and health does not count it as failed mail.
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport, dedupeKey, now: new Date(Date.now() + 48 * 60 * 60_000) })).toBe(0);
    expect((await outboxBacklog(handle.db, { maxAttempts: mailPolicy.maxAttempts })).failed).toBe(0);
  });

  it("a cart that became an order: its reminder is dropped, and its restore link shows the order instead", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shoppers.withCart(mug);
    const first = await queueReminder(cart, { to: "linus@example.com" });
    await deliverDueMail(handle.db, { renderers: mailRenderers, transport: recordingTransport().transport, dedupeKey: first.dedupeKey });
    const token = restoreToken((await outbox(first.dedupeKey)).html!)!;
    const second = await queueReminder(cart, { to: "linus@example.com", step: 2 });

    const gateway = createTestGateway({ ledger: databaseLedger(handle.db) });
    const order = { cart, idempotencyKey: crypto.randomUUID(), email: "linus@example.com", locale: "en" as const, address, billing: null, shippingMethodId: null, paymentMethod: "cash_on_delivery" as const, card: null, rules };
    const shown = await placeOrder(handle.db, gateway, { ...order, expectedTotal: -1 });
    if (shown.status !== "total_changed") throw new Error(shown.status);
    const placed = await placeOrder(handle.db, gateway, { ...order, expectedTotal: shown.quote.total.amount });
    if (placed.status !== "placed") throw new Error(placed.status);

    const { transport, sent } = recordingTransport();
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport, dedupeKey: second.dedupeKey })).toBe(0);
    expect(sent).toEqual([]);
    expect(await outbox(second.dedupeKey)).toMatchObject({ sentAt: null, error: "skipped: ordered" });

    const stranger: CartRef = { visitorId: visitor(3), cartId: null };
    expect(await previewHandoff(handle.db, { token, visitorId: stranger.visitorId })).toEqual({
      ok: false,
      reason: "ordered",
      channel: "reminder",
      order: { number: placed.number, email: "linus@example.com" },
    });
    expect(await claimHandoff(handle.db, { token, device: stranger, locale: "en" })).toEqual({ ok: false, reason: "ordered" });
    expect(await getCartView(handle.db, { ...stranger, locale: "en" })).toBeNull();
  });
});
