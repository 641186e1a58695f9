import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { pushSubscriptions } from "@/db/schema";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { claimHandoff, previewHandoff } from "@/lib/cart/handoff";
import { changeLine, type CartRef } from "@/lib/cart/queries";
import { saveDraft } from "@/lib/checkout/drafts";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import type { Locale } from "@/lib/i18n/locales";
import { createJobQueue, type JobQueue } from "@/lib/jobs/queue";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { totalBeforeTax } from "@/lib/pricing/tax-line";
import type { PricingRules } from "@/lib/pricing/types";
import { DeliveryRetry, deliverReminder } from "@/lib/recovery/deliver-reminder";
import { startRecoveryJobs } from "@/lib/recovery/jobs";
import { quoteReminderCart } from "@/lib/recovery/reminder-cart";
import type { RecoverySettings } from "@/lib/recovery/settings";
import { startRecovery, startRecoveryForOwner } from "@/lib/recovery/start";
import { runRecoveryStep } from "@/lib/recovery/step";
import { isOptedOut, optOutPhone } from "@/lib/sms/opt-outs";
import { devOutboxProvider, type SmsProvider } from "@/lib/sms/provider";
import { store } from "@/lib/store/config";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";
import { testRecoverySettings } from "../support/recovery";
import { guestShoppers } from "../support/shoppers";

// Twilio or VAPID keys (or webhook URLs) in the shell running the tests must change nothing here:
// texts go to the provider a test passes, links are on the default SITE_URL.
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: real.parseEnv({}) };
});

// http_ece (web-push's encryption, RFC 8188) ships no types.
const ece = createRequire(import.meta.url)("http_ece") as {
  decrypt(body: Buffer, params: { version: "aes128gcm"; privateKey: ReturnType<typeof createECDH>; authSecret: string }): Buffer;
};

const minute = 60_000;
const hour = 60 * minute;
const settings = testRecoverySettings;
const texting: RecoverySettings = { ...settings, textReminders: true };
/** The fake clock, as in recovery.test.ts: the shopper leaves at 10:00 UTC two days ago; steps fall outside quiet hours. */
const today = new Date(new Date().toISOString().slice(0, 10));
const left = new Date(today.getTime() - 48 * hour + 10 * hour);
const after = (ms: number, from = left) => new Date(from.getTime() + ms);
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:support@juniperlane.example" };
/** A reminder's restore link: the hand-off, marked so the visit it starts is credited to the reminder (lib/analytics/session.ts). */
const restoreLink = (locale: Locale) => new RegExp(`http://localhost:3000/${locale}/cart/continue/([A-Za-z0-9_-]{43})\\?via=reminder`);

/** A browser's push keys: the private half decrypts what the store sends. */
function browserKeys() {
  const ecdh = createECDH("prime256v1");
  return { ecdh, p256dh: ecdh.generateKeys().toString("base64url"), auth: randomBytes(16).toString("base64url") };
}
type BrowserKeys = ReturnType<typeof browserKeys>;

/** A push service on 127.0.0.1 answering every request with `status` (changeable between requests). */
async function pushService(initial: number) {
  const state = { status: initial };
  const received: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.statusCode = state.status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    endpoint: `http://127.0.0.1:${port}/push/${randomBytes(6).toString("hex")}`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Context {
  handle: TestDatabaseHandle;
  variant: VariantLookup;
  rules: PricingRules;
  jobs: JobQueue;
}

interface MessageRow {
  id: number;
  step: number;
  channel: string;
  incentiveCode: string | null;
  deliveredAt: Date | null;
  deliveryError: string | null;
  clickedAt: Date | null;
  restoredAt: Date | null;
}

describe.each(testDatabases())("reminders by push and text, and segments, on $name", (target) => {
  let context: Context;
  beforeAll(async () => {
    const { handle, variant } = await openWithCatalog(target, { poolMax: 8 });
    const now = new Date();
    const rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
    context = { handle, variant, rules, jobs: createJobQueue(handle) };
  });
  afterAll(async () => context?.handle.close());

  const db = (): Database => context.handle.db;
  const shoppers = guestShoppers(db, "d");
  const mug = () => context.variant("stoneware-mug", { color: "navy" });
  const shopper = async (quantity = 1) => shoppers.withCart(await mug(), quantity);
  const gateway = createTestGateway();

  /** The shopper's last activity, on the fake clock. */
  const leftAt = async (cart: CartRef, at = left) => {
    await db().execute(sql`update carts set updated_at = ${at.toISOString()}::timestamptz where id = ${cart.cartId}`);
    await db().execute(sql`update checkouts set updated_at = ${at.toISOString()}::timestamptz where cart_id = ${cart.cartId}`);
  };

  /** The checkout captured an email (and a mobile number, with "text me a reminder" ticked), and the sequence starts. */
  const capture = async (
    cart: CartRef,
    { email, smsPhone = null, consent = true, locale = "en", with: using = settings }: { email: string; smsPhone?: string | null; consent?: boolean; locale?: Locale; with?: RecoverySettings },
  ) => {
    await db().transaction(async (tx) => {
      const draft = { email, marketingConsent: consent ? "yes" : "no", ...(smsPhone && { smsReminder: "on", smsPhone }) };
      await saveDraft(tx, { cartId: cart.cartId!, visitorId: cart.visitorId, draft, validEmail: email, smsPhone });
      await startRecovery(tx, context.jobs, { cartId: cart.cartId!, email, locale, timeZone: null, marketingConsent: consent }, { now: left, settings: using });
    });
    await leftAt(cart);
  };

  /** This browser asked for reminders by push (as remindByPush does, with a local endpoint the input schema would refuse). */
  const subscribeByPush = async (cart: CartRef, { endpoint, keys, locale = "en", start = true }: { endpoint: string; keys: BrowserKeys; locale?: Locale; start?: boolean }) => {
    const started = await db().transaction(async (tx) => {
      await tx.insert(pushSubscriptions).values({ cartId: cart.cartId!, visitorId: cart.visitorId, endpoint, p256dh: keys.p256dh, auth: keys.auth, locale });
      return start ? startRecovery(tx, context.jobs, { cartId: cart.cartId!, email: null, locale, timeZone: null, marketingConsent: false }, { now: left, settings }) : true;
    });
    await leftAt(cart);
    return started;
  };

  /** A signed-in shopper's cart (no checkout row): the account's address is the contact. */
  const ownerCart = async (email: string, { with: using }: { with: RecoverySettings }) => {
    const cart = await shopper();
    const userId = crypto.randomUUID();
    await db().execute(sql`insert into users (id, email) values (${userId}, ${email})`);
    await db().execute(sql`update carts set user_id = ${userId} where id = ${cart.cartId}`);
    const started = await db().transaction((tx) => startRecoveryForOwner(tx, context.jobs, { cartId: cart.cartId!, userId, locale: "en" }, { now: left, settings: using }));
    expect(started).toBe(true);
    await leftAt(cart);
    return { ...cart, userId };
  };

  const step = (cart: CartRef, n: number, now: Date, using: RecoverySettings = settings) =>
    runRecoveryStep(db(), context.jobs, { cartId: cart.cartId!, step: n }, { now, settings: using });

  const messages = async (cart: CartRef) =>
    (
      await queryRows<MessageRow>(
        db(),
        sql`select id, step, channel, incentive_code as "incentiveCode", delivered_at as "deliveredAt", delivery_error as "deliveryError",
              clicked_at as "clickedAt", restored_at as "restoredAt"
            from recovery_messages where cart_id = ${cart.cartId} order by step, channel`,
      )
    ).map((row) => ({
      ...row,
      deliveredAt: row.deliveredAt && new Date(row.deliveredAt),
      clickedAt: row.clickedAt && new Date(row.clickedAt),
      restoredAt: row.restoredAt && new Date(row.restoredAt),
    }));
  const message = async (cart: CartRef, channel: string, n = 1) => {
    const found = (await messages(cart)).find((row) => row.channel === channel && row.step === n);
    if (!found) throw new Error(`no ${channel} message for step ${n}`);
    return found;
  };
  const outbox = (cart: CartRef) =>
    queryRows<{ to: string; dedupeKey: string }>(db(), sql`select "to", dedupe_key as "dedupeKey" from mail_outbox where dedupe_key like ${`cart-reminder:${cart.cartId}:%`} order by id`);
  const texts = (to: string) =>
    queryRows<{ body: string; provider: string }>(db(), sql`select body, provider from sms_messages where "to" = ${to} order by id`);
  const sequence = async (cart: CartRef) =>
    (
      await queryRows<{ email: string | null; stopReason: string | null; segment: string | null; returningVisitor: boolean | null; treatment: string | null }>(
        db(),
        sql`select email, stop_reason as "stopReason", segment, returning_visitor as "returningVisitor", treatment from recovery_sequences where cart_id = ${cart.cartId}`,
      )
    )[0];
  const deliveryJobs = (messageId: number) =>
    queryRows<{ data: unknown; state: string }>(
      db(),
      sql`select data, state from pgboss.job where name = 'reminder-delivery' and singleton_key = ${`reminder:${messageId}`}`,
    );
  const waitingSteps = async (cart: CartRef) =>
    (
      await queryRows<{ key: string }>(
        db(),
        sql`select singleton_key as key from pgboss.job where name = 'recovery-step' and state = 'created' and singleton_key like ${`recovery:${cart.cartId}:%`}`,
      )
    ).map(({ key }) => Number(key.split(":").at(-1)));
  const subscriptionExpired = async (endpoint: string) =>
    (await queryRows<{ expired: boolean }>(db(), sql`select expired_at is not null as expired from push_subscriptions where endpoint = ${endpoint}`))[0]!.expired;

  const orderInput = (cart: CartRef, overrides: Partial<PlaceOrderInput>): PlaceOrderInput => ({
    cart,
    idempotencyKey: crypto.randomUUID(),
    email: "buyer@example.com",
    locale: "en",
    address: portland,
    billing: null,
    shippingMethodId: null,
    paymentMethod: "cash_on_delivery" as PaymentMethod,
    expectedTotal: -1,
    card: null,
    rules: context.rules,
    ...overrides,
  });
  /** Places a cash-on-delivery order at the total the server quotes. */
  const order = async (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}) => {
    const asked = await placeOrder(db(), gateway, orderInput(cart, overrides));
    if (asked.status !== "total_changed") throw new Error(asked.status);
    const placed = await placeOrder(db(), gateway, orderInput(cart, { ...overrides, expectedTotal: asked.quote.total.amount }));
    expect(placed).toMatchObject({ status: "placed" });
    return placed;
  };

  describe("push (E3)", () => {
    it("a browser-only cart gets step 1 by push alone, in Ukrainian, with a restore link that counts the click", async () => {
      const service = await pushService(201);
      try {
        const cart = await shopper(2);
        const keys = browserKeys();
        expect(await subscribeByPush(cart, { endpoint: service.endpoint, keys, locale: "uk" })).toBe(true);
        expect(await sequence(cart)).toMatchObject({ email: null, stopReason: null });
        expect(await waitingSteps(cart)).toEqual([1]);

        const sent = await step(cart, 1, after(hour));
        expect(sent).toMatchObject({ action: "send", incentiveCode: null, unavailable: [] });
        const push = await message(cart, "push");
        expect(sent).toMatchObject({ messageId: push.id, messageIds: { push: push.id } });
        expect(Object.keys((sent as { messageIds: object }).messageIds)).toEqual(["push"]);
        expect(await messages(cart)).toEqual([expect.objectContaining({ step: 1, channel: "push", deliveredAt: null, deliveryError: null })]);
        expect(await outbox(cart)).toEqual([]);
        // The delivery is a job of its own, enqueued with the step; step 2 waits.
        expect(await deliveryJobs(push.id)).toEqual([{ data: { messageId: push.id }, state: "created" }]);
        expect(await waitingSteps(cart)).toContain(2);

        // The body names the cart as it is quoted now.
        const quoted = await quoteReminderCart(db(), { cartId: cart.cartId!, locale: "uk", email: null });
        if ("skip" in quoted) throw new Error(quoted.skip);
        const amount = quoted.format(quoted.quote.total);
        expect(amount).toMatch(/\d/);
        const total = totalBeforeTax(quoted.tax) ? `${amount} без податку` : `разом ${amount}`;

        const deliveredAt = after(hour + minute);
        expect(await deliverReminder(db(), push.id, { vapid, now: deliveredAt })).toEqual({ outcome: "delivered" });
        expect(service.received).toHaveLength(1);
        const [request] = service.received;
        expect(request!.headers).toMatchObject({ "content-encoding": "aes128gcm", ttl: "86400" });
        expect(request!.headers.authorization).toContain(`k=${vapid.publicKey}`);
        const payload = JSON.parse(ece.decrypt(request!.body, { version: "aes128gcm", privateKey: keys.ecdh, authSecret: keys.auth }).toString()) as Record<string, string>;
        expect(payload).toEqual({
          title: `Ваш кошик у ${store.name} чекає`,
          body: `2 товари, ${total}. Торкніться, щоб продовжити з того ж місця.`,
          url: expect.stringMatching(new RegExp(`^${restoreLink("uk").source}$`)),
          tag: `cart-${cart.cartId}`,
          lang: "uk-UA",
          dir: "ltr",
        });
        expect(await message(cart, "push")).toMatchObject({ deliveredAt, deliveryError: null, clickedAt: null });

        // Opening the link counts this push's click; the tap brings the cart to the phone and counts the restore.
        const token = restoreLink("uk").exec(payload.url!)![1]!;
        const phone: CartRef = { visitorId: "00000000-0000-4000-d999-000000000001", cartId: null };
        expect(await previewHandoff(db(), { token, visitorId: phone.visitorId, webhookUrls: [] })).toMatchObject({ ok: true, preview: { channel: "reminder", items: 2 } });
        const clicked = await message(cart, "push");
        expect(clicked.clickedAt).toBeInstanceOf(Date);
        expect(clicked.restoredAt).toBeNull();
        expect(await claimHandoff(db(), { token, device: phone, locale: "uk", webhookUrls: [] })).toMatchObject({ ok: true, cartId: cart.cartId, channel: "reminder" });
        expect(await message(cart, "push")).toMatchObject({ clickedAt: clicked.clickedAt, restoredAt: expect.any(Date) });

        // The job again (a retry after the push went): nothing more is sent.
        expect(await deliverReminder(db(), push.id, { vapid, now: after(hour + 2 * minute) })).toEqual({ outcome: "already_delivered" });
        expect(service.received).toHaveLength(1);
        expect((await message(cart, "push")).deliveredAt).toEqual(deliveredAt);
      } finally {
        await service.close();
      }
    });

    it("a 410 expires the subscription and records why, without throwing; the next step then has no contact", async () => {
      const service = await pushService(410);
      try {
        const cart = await shopper();
        await subscribeByPush(cart, { endpoint: service.endpoint, keys: browserKeys() });
        await step(cart, 1, after(hour));
        const push = await message(cart, "push");
        expect(await deliverReminder(db(), push.id, { vapid, now: after(hour) })).toEqual({ outcome: "not_sent", reason: "push subscriptions gone" });
        expect(service.received).toHaveLength(1);
        expect(await message(cart, "push")).toMatchObject({ deliveredAt: null, deliveryError: "push subscriptions gone" });
        expect(await subscriptionExpired(service.endpoint)).toBe(true);
        expect(await step(cart, 2, after(24 * hour))).toEqual({ action: "stop", reason: "no_contact" });
      } finally {
        await service.close();
      }
    });

    it("a 503 throws so the job retries, leaving the message undelivered; the retry delivers", async () => {
      const service = await pushService(503);
      try {
        const cart = await shopper();
        await subscribeByPush(cart, { endpoint: service.endpoint, keys: browserKeys() });
        await step(cart, 1, after(hour));
        const push = await message(cart, "push");
        const failed = deliverReminder(db(), push.id, { vapid, now: after(hour) });
        await expect(failed).rejects.toBeInstanceOf(DeliveryRetry);
        await expect(failed).rejects.toThrow(/^push failed: 503/);
        expect(await message(cart, "push")).toMatchObject({ deliveredAt: null });
        expect(await subscriptionExpired(service.endpoint)).toBe(false);

        service.state.status = 201;
        expect(await deliverReminder(db(), push.id, { vapid, now: after(hour + 5 * minute) })).toEqual({ outcome: "delivered" });
        expect(await message(cart, "push")).toMatchObject({ deliveredAt: after(hour + 5 * minute), deliveryError: null });
        expect(service.received).toHaveLength(2);
      } finally {
        await service.close();
      }
    });

    it("through the job queue: a failed push is recorded on the message and retried by pg-boss", async () => {
      const service = await pushService(503);
      const worker = createJobQueue(context.handle);
      try {
        const cart = await shopper();
        await subscribeByPush(cart, { endpoint: service.endpoint, keys: browserKeys() });
        await step(cart, 1, after(hour));
        const push = await message(cart, "push");
        // Every other waiting job stays parked: this worker is here for one message.
        await db().execute(
          sql`update pgboss.job set start_after = now() + interval '1 day'
              where state = 'created' and (name = 'recovery-step' or (name = 'reminder-delivery' and singleton_key <> ${`reminder:${push.id}`}))`,
        );
        await worker.start();
        await startRecoveryJobs(worker, async () => db(), { pollingIntervalSeconds: 0.5, settings, deliver: { vapid } });
        await expect.poll(async () => (await message(cart, "push")).deliveryError, { timeout: 15_000, interval: 100 }).toMatch(/^push failed: 503/);
        expect((await message(cart, "push")).deliveredAt).toBeNull();
        await expect.poll(async () => (await deliveryJobs(push.id)).map((job) => job.state), { timeout: 5_000, interval: 100 }).toEqual(["retry"]);

        service.state.status = 201;
        await db().execute(sql`update pgboss.job set start_after = now() where name = 'reminder-delivery' and singleton_key = ${`reminder:${push.id}`} and state = 'retry'`);
        await expect.poll(async () => (await message(cart, "push")).deliveredAt, { timeout: 15_000, interval: 100 }).toBeInstanceOf(Date);
        expect((await message(cart, "push")).deliveryError).toBeNull();
        expect(service.received).toHaveLength(2);
      } finally {
        await worker.stop();
        await service.close();
      }
    });

    it("the last push of a browser that asked for reminders carries the incentive code", async () => {
      const service = await pushService(201);
      try {
        const cart = await shopper();
        const keys = browserKeys();
        await subscribeByPush(cart, { endpoint: service.endpoint, keys });
        await step(cart, 1, after(hour));
        await step(cart, 2, after(24 * hour));
        const last = await step(cart, 3, after(72 * hour));
        expect(last).toMatchObject({ action: "send", incentiveCode: expect.stringMatching(/^BACK-[0-9A-F]{10}$/) });
        const code = (last as { incentiveCode: string }).incentiveCode;
        const push = await message(cart, "push", 3);
        expect(push.incentiveCode).toBe(code);
        expect(await deliverReminder(db(), push.id, { vapid, now: after(72 * hour + minute) })).toEqual({ outcome: "delivered" });
        const payload = JSON.parse(ece.decrypt(service.received[0]!.body, { version: "aes128gcm", privateKey: keys.ecdh, authSecret: keys.auth }).toString()) as { title: string; body: string };
        expect(payload.title).toBe(`Your cart at ${store.name} is waiting`);
        expect(payload.body).toMatch(/^1 item, .+\. Tap to pick up where you left off\. Code BACK-[0-9A-F]{10}: 10% off\.$/);
        expect(payload.body).toContain(`Code ${code}: 10% off.`);
      } finally {
        await service.close();
      }
    });

    it("a cart that became an order after the step is not pushed: the message says it was skipped", async () => {
      const service = await pushService(201);
      try {
        const cart = await shopper();
        await subscribeByPush(cart, { endpoint: service.endpoint, keys: browserKeys() });
        await step(cart, 1, after(hour));
        const push = await message(cart, "push");
        await order(cart, { email: "pushed-then-bought@example.com" });
        const outcome = await deliverReminder(db(), push.id, { vapid, now: after(hour) });
        expect(outcome).toEqual({ outcome: "not_sent", reason: "skipped: ordered" });
        expect(service.received).toEqual([]);
        expect(await message(cart, "push")).toMatchObject({ deliveredAt: null, deliveryError: expect.stringMatching(/^skipped:/) });
      } finally {
        await service.close();
      }
    });
  });

  describe("text messages (E3)", () => {
    it("with text reminders on, step 1 goes by email and text; the text carries the restore link and STOP", async () => {
      const phone = "+15035550142";
      const cart = await shopper();
      await capture(cart, { email: "texts@example.com", smsPhone: phone, with: texting });
      const sent = await step(cart, 1, after(hour), texting);
      expect(sent).toMatchObject({ action: "send" });
      const rows = await messages(cart);
      expect(rows.map((row) => [row.step, row.channel])).toEqual([
        [1, "email"],
        [1, "sms"],
      ]);
      const [email, sms] = rows as [MessageRow, MessageRow];
      expect(sent).toMatchObject({ messageId: email.id, messageIds: { email: email.id, sms: sms.id } });
      expect(await outbox(cart)).toEqual([{ to: "texts@example.com", dedupeKey: `cart-reminder:${cart.cartId}:1` }]);
      expect(await deliveryJobs(sms.id)).toEqual([{ data: { messageId: sms.id }, state: "created" }]);
      expect(await deliveryJobs(email.id)).toEqual([]);

      // The email is the mail outbox's to send, not this job's.
      expect(await deliverReminder(db(), email.id, { smsProvider: devOutboxProvider })).toEqual({ outcome: "not_sent", reason: "not a push or text reminder" });

      const deliveredAt = after(hour + minute);
      expect(await deliverReminder(db(), sms.id, { smsProvider: devOutboxProvider, now: deliveredAt })).toEqual({ outcome: "delivered" });
      const sentTexts = await texts(phone);
      expect(sentTexts).toEqual([{ body: expect.stringContaining(`${store.name}: you left 1 item in your cart (`), provider: "dev-outbox" }]);
      const body = sentTexts[0]!.body;
      expect(body).toMatch(restoreLink("en"));
      expect(body).toContain("STOP");
      expect(body).toMatch(/Reply STOP to opt out\.$/);
      expect(await message(cart, "sms")).toMatchObject({ deliveredAt, deliveryError: null });

      // The link in the text counts the text's click, not the email's.
      const token = restoreLink("en").exec(body)![1]!;
      expect(await previewHandoff(db(), { token, visitorId: "00000000-0000-4000-d999-000000000002", webhookUrls: [] })).toMatchObject({ ok: true });
      expect((await message(cart, "sms")).clickedAt).toBeInstanceOf(Date);
      expect((await message(cart, "email")).clickedAt).toBeNull();

      // Delivered already: a second run of the job texts nothing more.
      expect(await deliverReminder(db(), sms.id, { smsProvider: devOutboxProvider, now: after(hour + 2 * minute) })).toEqual({ outcome: "already_delivered" });
      expect(await texts(phone)).toHaveLength(1);
    });

    it("a text says so when an item ran out since the shopper left", async () => {
      const phone = "+15035550151";
      const tote = await context.variant("waxed-canvas-tote", { color: "sand" });
      const cart = await shopper();
      await changeLine(db(), { ...cart, variantId: tote, quantity: 1, mode: "add" });
      await capture(cart, { email: "sold-out@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      const sms = await message(cart, "sms");
      await db().execute(sql`update inventory set on_hand = reserved where variant_id = ${tote}`);
      try {
        expect(await deliverReminder(db(), sms.id, { smsProvider: devOutboxProvider, now: after(hour) })).toEqual({ outcome: "delivered" });
        const [text] = await texts(phone);
        expect(text!.body).toMatch(new RegExp(`^${store.name}: you left 2 items in your cart \\(.+\\)\\. Finish on any device: \\S+ Some items are no longer in stock\\. Reply STOP to opt out\\.$`));
      } finally {
        await db().execute(sql`update inventory set on_hand = reserved + 50 where variant_id = ${tote}`);
      }
    });

    it("with text reminders off, the step sends no text even to a captured number", async () => {
      const phone = "+15035550143";
      const cart = await shopper();
      await capture(cart, { email: "no-texts@example.com", smsPhone: phone });
      expect(await step(cart, 1, after(hour), settings)).toMatchObject({ action: "send" });
      expect((await messages(cart)).map((row) => row.channel)).toEqual(["email"]);
      expect(await texts(phone)).toEqual([]);
    });

    it("a number opted out before the step gets no text message at all", async () => {
      const phone = "+15035550144";
      await optOutPhone(db(), phone);
      const cart = await shopper();
      await capture(cart, { email: "stopped-before@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      expect((await messages(cart)).map((row) => row.channel)).toEqual(["email"]);
    });

    it("a number opted out between the step and the delivery gets no text: the message records opted_out", async () => {
      const phone = "+15035550145";
      const cart = await shopper();
      await capture(cart, { email: "stopped-after@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      const sms = await message(cart, "sms");
      await optOutPhone(db(), phone);
      expect(await deliverReminder(db(), sms.id, { smsProvider: devOutboxProvider, now: after(hour) })).toEqual({ outcome: "not_sent", reason: "opted_out" });
      expect(await message(cart, "sms")).toMatchObject({ deliveredAt: null, deliveryError: "opted_out" });
      expect(await texts(phone)).toEqual([]);
    });

    it("Twilio's 21610 (the recipient answered STOP) opts the number out; the next step texts no more", async () => {
      const phone = "+15035550146";
      const attempts: string[] = [];
      const unsubscribed: SmsProvider = {
        name: "twilio",
        async send({ to }) {
          attempts.push(to);
          throw new Error("Twilio 400: Attempt to send to unsubscribed recipient (code 21610)");
        },
      };
      const cart = await shopper();
      await capture(cart, { email: "answered-stop@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      const sms = await message(cart, "sms");
      expect(await deliverReminder(db(), sms.id, { smsProvider: unsubscribed, now: after(hour) })).toEqual({ outcome: "not_sent", reason: "opted_out" });
      expect(attempts).toEqual([phone]);
      expect(await isOptedOut(db(), phone)).toBe(true);
      expect(await message(cart, "sms")).toMatchObject({ deliveredAt: null, deliveryError: "opted_out" });
      expect(await texts(phone)).toEqual([]);

      expect(await step(cart, 2, after(24 * hour), texting)).toMatchObject({ action: "send" });
      expect((await messages(cart)).filter((row) => row.step === 2).map((row) => row.channel)).toEqual(["email"]);
    });

    it("any other provider error is thrown for the job to retry, and opts nobody out", async () => {
      const phone = "+15035550147";
      const down: SmsProvider = {
        name: "twilio",
        async send() {
          throw new Error("Twilio 503: Service Unavailable");
        },
      };
      const cart = await shopper();
      await capture(cart, { email: "provider-down@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      const sms = await message(cart, "sms");
      await expect(deliverReminder(db(), sms.id, { smsProvider: down, now: after(hour) })).rejects.toThrow("Twilio 503");
      expect(await isOptedOut(db(), phone)).toBe(false);
      expect(await message(cart, "sms")).toMatchObject({ deliveredAt: null });
    });

    it("a cart emptied after the step is not texted: the message says it was skipped", async () => {
      const phone = "+15035550148";
      const cart = await shopper();
      await capture(cart, { email: "emptied@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      const sms = await message(cart, "sms");
      expect(await changeLine(db(), { ...cart, variantId: await mug(), quantity: 0, mode: "set" })).toMatchObject({ ok: true, quantity: 0 });
      const outcome = await deliverReminder(db(), sms.id, { smsProvider: devOutboxProvider, now: after(hour) });
      expect(outcome).toEqual({ outcome: "not_sent", reason: "skipped: emptied" });
      expect(await message(cart, "sms")).toMatchObject({ deliveredAt: null, deliveryError: expect.stringMatching(/^skipped:/) });
      expect(await texts(phone)).toEqual([]);
    });

    it("a text whose number was untaken since the step is not sent", async () => {
      const phone = "+15035550149";
      const cart = await shopper();
      await capture(cart, { email: "untick@example.com", smsPhone: phone, with: texting });
      await step(cart, 1, after(hour), texting);
      const sms = await message(cart, "sms");
      await saveDraft(db(), { cartId: cart.cartId!, visitorId: cart.visitorId, draft: { email: "untick@example.com", marketingConsent: "yes" }, validEmail: "untick@example.com" });
      expect(await deliverReminder(db(), sms.id, { smsProvider: devOutboxProvider, now: after(hour) })).toEqual({ outcome: "not_sent", reason: "no phone" });
      expect(await texts(phone)).toEqual([]);
    });
  });

  describe("webhooks (E6)", () => {
    it("records reminder.sent once per channel message, and not again on a repeated step", async () => {
      const endpoint = "https://hooks.example/recovery";
      const hooked: RecoverySettings = { ...texting, webhookUrls: [endpoint] };
      const cart = await shopper();
      await capture(cart, { email: "hooked@example.com", smsPhone: "+15035550150", with: hooked });
      await subscribeByPush(cart, { endpoint: "http://127.0.0.1:9/push/hooked", keys: browserKeys(), start: false });
      expect(await step(cart, 1, after(hour), hooked)).toMatchObject({ action: "send" });
      const sent = await messages(cart);
      expect(sent.map((row) => row.channel)).toEqual(["email", "push", "sms"]);

      const hooks = () =>
        queryRows<{ id: number; endpoint: string; type: string; data: { messageId: number; channel: string; step: number; cartId: string } }>(
          db(),
          sql`select id, endpoint, type, payload->'data' as data from webhook_deliveries
              where type = 'reminder.sent' and payload->'data'->>'cartId' = ${cart.cartId} order by id`,
        );
      const recorded = await hooks();
      expect(recorded.map(({ endpoint: url, type, data }) => ({ url, type, messageId: data.messageId, channel: data.channel, step: data.step }))).toEqual(
        sent.map((row) => ({ url: endpoint, type: "reminder.sent", messageId: row.id, channel: row.channel, step: 1 })),
      );
      const jobs = await queryRows<{ count: number }>(
        db(),
        sql`select count(*)::int as count from pgboss.job where name = 'webhook-delivery' and (data->>'deliveryId')::int in (${sql.join(
          recorded.map((hook) => sql`${hook.id}`),
          sql`, `,
        )})`,
      );
      expect(jobs[0]!.count).toBe(3);
      const abandoned = await queryRows<{ id: number }>(
        db(),
        sql`select id from webhook_deliveries where type = 'cart.abandoned' and payload->'data'->>'cartId' = ${cart.cartId}`,
      );
      expect(abandoned).toHaveLength(1);

      expect(await step(cart, 1, after(2 * hour), hooked)).toEqual({ outcome: "already_sent" });
      expect(await hooks()).toHaveLength(3);
    });
  });

  describe("segments (E5)", () => {
    const segmented: RecoverySettings = {
      ...settings,
      segments: [
        { when: { temperature: "cold" }, treatment: "first-only" },
        { when: { visitor: "returning" }, treatment: "no-incentive" },
      ],
    };
    const events = (visitorId: string) => queryRows<{ name: string }>(db(), sql`select name from events where visitor_id = ${visitorId}`);

    it("a new shopper who reached the checkout is hot and gets the whole sequence, incentive included", async () => {
      const cart = await shopper();
      await capture(cart, { email: "hot@example.com", with: segmented });
      expect(await step(cart, 1, after(hour), segmented)).toMatchObject({ action: "send" });
      expect(await sequence(cart)).toMatchObject({ segment: "hot", returningVisitor: false, treatment: "sequence", stopReason: null });
      await step(cart, 2, after(24 * hour), segmented);
      const last = await step(cart, 3, after(72 * hour), segmented);
      expect(last).toMatchObject({ action: "send", incentiveCode: expect.stringMatching(/^BACK-/) });
      expect((await sequence(cart))!.stopReason).toBe("finished");
    });

    it("a shopper with an earlier order by the same email is returning: no incentive on the last step", async () => {
      const before = await shopper();
      await order(before, { email: "Again@example.com" });
      const cart = await shopper();
      await capture(cart, { email: "again@example.com", with: segmented });
      expect(await step(cart, 1, after(hour), segmented)).toMatchObject({ action: "send" });
      expect(await sequence(cart)).toMatchObject({ segment: "hot", returningVisitor: true, treatment: "no-incentive" });
      expect(await step(cart, 2, after(24 * hour), segmented)).toMatchObject({ action: "send", incentiveCode: null });
      expect(await step(cart, 3, after(72 * hour), segmented)).toMatchObject({ action: "send", incentiveCode: null });
      expect((await messages(cart)).map((row) => [row.step, row.incentiveCode])).toEqual([
        [1, null],
        [2, null],
        [3, null],
      ]);
      expect((await sequence(cart))!.stopReason).toBe("finished");
    });

    it("a signed-in owner's cart with no checkout and no browsing is cold: the first reminder only", async () => {
      const cart = await ownerCart("cold@example.com", { with: segmented });
      expect(await events(cart.visitorId)).toEqual([]);
      expect(await step(cart, 1, after(hour), segmented)).toMatchObject({ action: "send" });
      expect(await sequence(cart)).toMatchObject({ segment: "cold", returningVisitor: false, treatment: "first-only", stopReason: "finished" });
      expect(await waitingSteps(cart)).not.toContain(2);
      expect(await step(cart, 2, after(24 * hour), segmented)).toEqual({ outcome: "ended" });
      expect((await messages(cart)).map((row) => [row.step, row.channel])).toEqual([[1, "email"]]);
      expect(await outbox(cart)).toEqual([{ to: "cold@example.com", dedupeKey: `cart-reminder:${cart.cartId}:1` }]);
    });

    it("a product view without a checkout makes the cart warm: the whole sequence goes on", async () => {
      const cart = await ownerCart("warm@example.com", { with: segmented });
      await db().execute(sql`insert into events (visitor_id, name, props, device, locale, path) values (${cart.visitorId}, 'product_view', '{}'::jsonb, 'desktop', 'en', '/en/products/stoneware-mug')`);
      expect(await step(cart, 1, after(hour), segmented)).toMatchObject({ action: "send" });
      expect(await sequence(cart)).toMatchObject({ segment: "warm", returningVisitor: false, treatment: "sequence", stopReason: null });
      expect(await waitingSteps(cart)).toContain(2);
    });

    it("treatment none stops the sequence for its segment, sending nothing", async () => {
      const silent: RecoverySettings = { ...settings, segments: [{ when: { temperature: "hot" }, treatment: "none" }] };
      const cart = await shopper();
      await capture(cart, { email: "silent@example.com", with: silent });
      expect(await step(cart, 1, after(hour), silent)).toEqual({ action: "stop", reason: "segment" });
      expect(await sequence(cart)).toMatchObject({ segment: "hot", treatment: "none", stopReason: "segment" });
      expect(await messages(cart)).toEqual([]);
      expect(await outbox(cart)).toEqual([]);
      expect(await step(cart, 2, after(24 * hour), silent)).toEqual({ outcome: "ended" });
    });
  });
});
