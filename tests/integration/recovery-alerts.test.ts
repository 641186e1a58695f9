import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { claimHandoff, createHandoff, previewHandoff } from "@/lib/cart/handoff";
import type { CartRef } from "@/lib/cart/queries";
import { saveDraft } from "@/lib/checkout/drafts";
import { createJobQueue, type JobQueue } from "@/lib/jobs/queue";
import { renderStaffAlert, staffAlertKey } from "@/lib/recovery/alerts";
import { attributeOrder } from "@/lib/recovery/attribution";
import type { RecoverySettings } from "@/lib/recovery/settings";
import { startRecovery } from "@/lib/recovery/start";
import { runRecoveryStep } from "@/lib/recovery/step";
import { deliverWebhook } from "@/lib/webhooks/deliver";
import { startWebhookJobs } from "@/lib/webhooks/jobs";
import { webhookDeliveryQueue } from "@/lib/webhooks/queue";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";
import { testRecoverySettings } from "../support/recovery";
import { guestShoppers } from "../support/shoppers";

const minute = 60_000;
const hour = 60 * minute;
/** The shopper leaves at 10:00 UTC two days ago: step 1 falls at 11:00 UTC, outside quiet hours, in the past. */
const today = new Date(new Date().toISOString().slice(0, 10));
const left = new Date(today.getTime() - 48 * hour + 10 * hour);
const after = (ms: number) => new Date(left.getTime() + ms);
const secret = `whsec_${randomBytes(24).toString("base64")}`;

type Answer = number | "hang";

/** A local endpoint answering each request with the next of `answers` (the last one repeats); "hang" never answers. */
async function endpoint(answers: Answer[]) {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)]!;
      if (answer === "hang") return;
      response.statusCode = answer;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.each(testDatabases())("staff alerts and webhooks on $name", (target) => {
  let handle: TestDatabaseHandle;
  let variant: VariantLookup;
  let jobs: JobQueue;
  let mugPrice: { amount: number; currency: string };
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    jobs = createJobQueue(handle);
    const mug = await variant("stoneware-mug", { color: "navy" });
    mugPrice = (await queryRows<{ amount: number; currency: string }>(handle.db, sql`select price as amount, currency from variants where id = ${mug}`))[0]!;
  });
  afterAll(async () => handle?.close());
  const shoppers = guestShoppers(() => handle.db, "f");

  /** Two mugs reach the threshold, one does not. */
  const settingsFor = (urls: string[] = []): RecoverySettings => ({
    ...testRecoverySettings,
    staffAlert: { minimum: { [mugPrice.currency]: 2 * mugPrice.amount }, to: "staff@juniperlane.example" },
    webhookUrls: urls,
  });

  const abandonedCart = async (mugs: number, email = "ada@example.com") => {
    const cart = await shoppers.withCart(await variant("stoneware-mug", { color: "navy" }), mugs);
    await handle.db.transaction(async (tx) => {
      await saveDraft(tx, { cartId: cart.cartId!, visitorId: cart.visitorId, draft: { email, marketingConsent: "yes" }, validEmail: email, timeZone: null });
      await startRecovery(tx, jobs, { cartId: cart.cartId!, email, locale: "en", timeZone: null, marketingConsent: true }, { now: left, settings: settingsFor() });
    });
    await handle.db.execute(sql`update carts set updated_at = ${left.toISOString()}::timestamptz where id = ${cart.cartId}`);
    await handle.db.execute(sql`update checkouts set updated_at = ${left.toISOString()}::timestamptz where cart_id = ${cart.cartId}`);
    return cart;
  };
  const step = (cart: CartRef, n: number, now: Date, settings: RecoverySettings, queue: Pick<JobQueue, "enqueue"> = jobs) =>
    runRecoveryStep(handle.db, queue, { cartId: cart.cartId!, step: n }, { now, settings });
  const staffAlerts = (cart: CartRef) =>
    queryRows<{ to: string; template: string; locale: string; params: Record<string, unknown> }>(
      handle.db,
      sql`select "to", template, locale, params from mail_outbox where template = 'staff-alert' and params->>'cartId' = ${cart.cartId}`,
    );
  const deliveries = (cart: CartRef) =>
    queryRows<{ id: number; eventId: string; endpoint: string; type: string; payload: { type: string; data: Record<string, unknown> }; attempts: number; lastStatus: number | null; lastError: string | null; delivered: boolean; retrying: boolean }>(
      handle.db,
      sql`select id, event_id as "eventId", endpoint, type, payload, attempts, last_status as "lastStatus", last_error as "lastError",
            delivered_at is not null as delivered, next_attempt_at is not null as retrying
          from webhook_deliveries where payload->'data'->>'cartId' = ${cart.cartId} order by id`,
    );
  const deliveryJobs = (ids: number[]) =>
    queryRows<{ retryLimit: number; retryBackoff: boolean }>(
      handle.db,
      sql`select retry_limit as "retryLimit", retry_backoff as "retryBackoff" from pgboss.job
          where name = ${webhookDeliveryQueue.name} and (data->>'deliveryId')::int in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
    );

  it("a high-value abandonment queues exactly one staff alert, however often step 1 comes round", async () => {
    const settings = settingsFor();
    const cart = await abandonedCart(2);
    expect(await step(cart, 1, after(30 * minute), settings)).toMatchObject({ action: "wait", reason: "active" });
    expect(await staffAlerts(cart)).toEqual([]);

    expect(await step(cart, 1, after(hour), settings)).toMatchObject({ action: "send" });
    expect(await step(cart, 1, after(2 * hour), settings)).toEqual({ outcome: "already_sent" });
    await step(cart, 2, after(25 * hour), settings);
    const alerts = await staffAlerts(cart);
    expect(alerts).toEqual([
      {
        to: "staff@juniperlane.example",
        template: "staff-alert",
        locale: "en",
        params: { cartId: cart.cartId, email: "ada@example.com", amount: 2 * mugPrice.amount, currency: mugPrice.currency, itemCount: 2 },
      },
    ]);
    const [dedupe] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from mail_outbox where dedupe_key = ${staffAlertKey(cart.cartId!)}`);
    expect(dedupe!.count).toBe(1);
    const rendered = await renderStaffAlert(handle.db, alerts[0]!.params, { to: alerts[0]!.to, locale: "en" });
    expect(rendered).toMatchObject({ subject: expect.stringMatching(/^Abandoned cart worth /) });
  });

  it("a low-value abandonment queues no staff alert, and no webhook without endpoints", async () => {
    const cart = await abandonedCart(1);
    expect(await step(cart, 1, after(hour), settingsFor())).toMatchObject({ action: "send" });
    expect(await staffAlerts(cart)).toEqual([]);
    expect(await deliveries(cart)).toEqual([]);
  });

  it("a delivery carries Standard Webhooks headers that verify, and its payload has no address", async () => {
    const hooks = await endpoint([204]);
    try {
      const cart = await abandonedCart(2, "grace@example.com");
      await step(cart, 1, after(hour), settingsFor([hooks.url]));
      const recorded = await deliveries(cart);
      expect(recorded.map((row) => row.type)).toEqual(["cart.abandoned", "reminder.sent"]);
      expect(recorded[0]!.payload).toMatchObject({
        type: "cart.abandoned",
        data: { cartId: cart.cartId, email: "grace@example.com", value: { amount: 2 * mugPrice.amount, currency: mugPrice.currency }, step: 1 },
      });
      expect(recorded[1]!.payload.data).toMatchObject({ step: 1, channel: "email", incentive: false });
      expect(await deliveryJobs(recorded.map((row) => row.id))).toEqual([
        { retryLimit: 7, retryBackoff: true },
        { retryLimit: 7, retryBackoff: true },
      ]);

      expect(await deliverWebhook(handle.db, recorded[0]!.id, { secret })).toBe("delivered");
      const [request] = hooks.received;
      expect(request!.headers["webhook-id"]).toBe(recorded[0]!.eventId);
      const headers = Object.fromEntries(Object.entries(request!.headers).map(([name, value]) => [name, String(value)]));
      expect(new Webhook(secret).verify(request!.body, headers)).toMatchObject({ type: "cart.abandoned", data: { cartId: cart.cartId } });
      expect(() => new Webhook(`whsec_${randomBytes(24).toString("base64")}`).verify(request!.body, headers)).toThrow();
      expect((await deliveries(cart))[0]).toMatchObject({ attempts: 1, lastStatus: 204, lastError: null, delivered: true, retrying: false });
      // A job run again after the delivery (a retry racing a late success) sends nothing more.
      expect(await deliverWebhook(handle.db, recorded[0]!.id, { secret })).toBe("already_delivered");
      expect(hooks.received).toHaveLength(1);
    } finally {
      await hooks.close();
    }
  });

  it("an endpoint answering 500 then 200 is retried and ends delivered after 2 attempts", async () => {
    const hooks = await endpoint([500, 200]);
    try {
      const cart = await abandonedCart(1);
      await step(cart, 1, after(hour), settingsFor([hooks.url]));
      const [abandoned] = await deliveries(cart);
      await expect(deliverWebhook(handle.db, abandoned!.id, { secret })).rejects.toThrow(/HTTP 500/);
      expect((await deliveries(cart))[0]).toMatchObject({ attempts: 1, lastStatus: 500, lastError: "HTTP 500", delivered: false, retrying: true });
      expect(await deliverWebhook(handle.db, abandoned!.id, { secret })).toBe("delivered");
      expect((await deliveries(cart))[0]).toMatchObject({ attempts: 2, lastStatus: 200, lastError: null, delivered: true, retrying: false });
      // Both attempts are the same message to the receiver: it can drop the second if the first had got through.
      expect(hooks.received.map((request) => request.headers["webhook-id"])).toEqual([abandoned!.eventId, abandoned!.eventId]);
    } finally {
      await hooks.close();
    }
  });

  it("an endpoint that hangs times out, is retried, and the shopper's step never waited for it", async () => {
    const hooks = await endpoint(["hang", 200]);
    try {
      const cart = await abandonedCart(1);
      const started = Date.now();
      await step(cart, 1, after(hour), settingsFor([hooks.url]));
      expect(hooks.received).toHaveLength(0);
      expect(Date.now() - started).toBeLessThan(5_000);
      const [abandoned] = await deliveries(cart);
      await expect(deliverWebhook(handle.db, abandoned!.id, { secret, timeoutMs: 200 })).rejects.toThrow(/no answer within 200 ms/);
      expect((await deliveries(cart))[0]).toMatchObject({ attempts: 1, lastStatus: null, delivered: false, retrying: true });
      expect(await deliverWebhook(handle.db, abandoned!.id, { secret, timeoutMs: 200 })).toBe("delivered");
      expect((await deliveries(cart))[0]).toMatchObject({ attempts: 2, lastStatus: 200, delivered: true });
    } finally {
      await hooks.close();
    }
  });

  it("the worker delivers a recorded event through the job queue, retrying after a 500", async () => {
    const hooks = await endpoint([500, 200]);
    // Other tests' deliveries stay parked: this worker is here for one cart.
    await handle.db.execute(sql`update pgboss.job set start_after = now() + interval '1 day' where name = ${webhookDeliveryQueue.name} and state = 'created'`);
    const worker = createJobQueue(handle);
    await worker.start();
    try {
      const cart = await abandonedCart(1);
      await step(cart, 1, after(hour), { ...settingsFor([hooks.url]) });
      const [abandoned] = await deliveries(cart);
      // The second delivery of this cart (reminder.sent) is not needed here, and the retry is made quick.
      await handle.db.execute(
        sql`update pgboss.job set start_after = case when (data->>'deliveryId')::int = ${abandoned!.id} then now() else now() + interval '1 day' end,
              retry_delay = 1, retry_backoff = false
            where name = ${webhookDeliveryQueue.name} and state = 'created'`,
      );
      await startWebhookJobs(worker, async () => handle.db, { secret, timeoutMs: 1_000, pollingIntervalSeconds: 0.5 });
      await expect.poll(async () => (await deliveries(cart))[0]!.delivered, { timeout: 15_000, interval: 200 }).toBe(true);
      expect((await deliveries(cart))[0]).toMatchObject({ attempts: 2, lastStatus: 200 });
    } finally {
      await worker.stop();
      await hooks.close();
    }
  });

  it("cart.recovered reports the order with its number and the reminder that brought it", async () => {
    const cart = await abandonedCart(1);
    const settings = settingsFor(["http://127.0.0.1:9/never"]);
    await step(cart, 1, after(hour), settings);
    const [message] = await queryRows<{ id: number }>(handle.db, sql`select id from recovery_messages where cart_id = ${cart.cartId}`);
    await handle.db.execute(sql`update recovery_messages set clicked_at = ${after(2 * hour).toISOString()}::timestamptz where id = ${message!.id}`);
    // The order row as placeOrder leaves it, with only what attribution reads filled in for real.
    const [order] = await queryRows<{ id: string; number: number }>(
      handle.db,
      sql`insert into orders (idempotency_key, visitor_id, cart_id, email, locale, status, payment_method, currency, subtotal, discount, shipping, tax, tax_included, total,
            shipping_method_id, delivery_window, shipping_address)
          values (${crypto.randomUUID()}, ${cart.visitorId}, ${cart.cartId}::uuid, 'ada@example.com', 'en', 'paid', 'cash_on_delivery', ${mugPrice.currency},
            ${mugPrice.amount}, 0, 0, 0, false, ${mugPrice.amount}, 'standard', '{"from":"2026-01-01","to":"2026-01-02"}'::jsonb, '{}'::jsonb)
          returning id, number`,
    );
    await handle.db.transaction((tx) => attributeOrder(tx, { orderId: order!.id, cartId: cart.cartId!, placedAt: after(3 * hour), now: after(3 * hour), settings }));
    const recovered = (await deliveries(cart)).filter((row) => row.type === "cart.recovered");
    expect(recovered).toHaveLength(1);
    expect(recovered[0]!.payload.data).toMatchObject({
      orderId: order!.id,
      orderNumber: order!.number,
      value: { amount: mugPrice.amount, currency: mugPrice.currency },
      step: 1,
      channel: "email",
      clicked: true,
    });
    expect(recovered[0]!.payload.data).not.toHaveProperty("email");
  });

  it("reminder.clicked goes out once: on the link's first opening, not again on the tap that restores the cart", async () => {
    const urls = ["http://127.0.0.1:9/never"];
    const cart = await abandonedCart(1);
    await step(cart, 1, after(hour), settingsFor(urls));
    const [message] = await queryRows<{ id: number }>(handle.db, sql`select id from recovery_messages where cart_id = ${cart.cartId}`);
    const { token } = await createHandoff(handle.db, { cartId: cart.cartId!, channel: "reminder", createdBy: cart.visitorId, recoveryMessageId: message!.id });
    const device = { visitorId: crypto.randomUUID(), cartId: null };
    await previewHandoff(handle.db, { token, visitorId: device.visitorId, webhookUrls: urls });
    await previewHandoff(handle.db, { token, visitorId: device.visitorId, webhookUrls: urls });
    await claimHandoff(handle.db, { token, device, locale: "en", webhookUrls: urls });
    const clicked = (await deliveries(cart)).filter((row) => row.type === "reminder.clicked");
    expect(clicked.map((row) => row.payload.data)).toEqual([{ cartId: cart.cartId, messageId: message!.id, step: 1, channel: "email" }]);
  });

  it("a tap on a link never opened before is the click", async () => {
    const urls = ["http://127.0.0.1:9/never"];
    const cart = await abandonedCart(1);
    await step(cart, 1, after(hour), settingsFor(urls));
    const [message] = await queryRows<{ id: number }>(handle.db, sql`select id from recovery_messages where cart_id = ${cart.cartId}`);
    const { token } = await createHandoff(handle.db, { cartId: cart.cartId!, channel: "reminder", createdBy: cart.visitorId, recoveryMessageId: message!.id });
    expect(await claimHandoff(handle.db, { token, device: { visitorId: crypto.randomUUID(), cartId: null }, locale: "en", webhookUrls: urls })).toMatchObject({ ok: true });
    expect((await deliveries(cart)).filter((row) => row.type === "reminder.clicked")).toHaveLength(1);
  });

  it("a rolled-back step sends nothing: no staff alert, no webhook, no delivery job", async () => {
    const cart = await abandonedCart(2);
    const failing: Pick<JobQueue, "enqueue"> = {
      async enqueue(name, data, options) {
        // The next step is enqueued last: failing there rolls back everything the step wrote before.
        if (name === "recovery-step") throw new Error("the database went away");
        return jobs.enqueue(name, data, options);
      },
    };
    await expect(step(cart, 1, after(hour), settingsFor(["http://127.0.0.1:9/never"]), failing)).rejects.toThrow(/went away/);
    expect(await staffAlerts(cart)).toEqual([]);
    expect(await deliveries(cart)).toEqual([]);
    const [messages] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from recovery_messages where cart_id = ${cart.cartId}`);
    expect(messages!.count).toBe(0);
  });
});
