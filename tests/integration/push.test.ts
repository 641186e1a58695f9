import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { env } from "@/lib/env";
import { sendPush, type PushPayload } from "@/lib/push/send";
import {
  activePushSubscriptions,
  pushSubscriptionInput,
  removePushSubscription,
  savePushSubscription,
  type PushSubscriptionInput,
} from "@/lib/push/subscriptions";
import { vapidDetails, vapidKeysKey, vapidPublicKey } from "@/lib/push/vapid";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

const payload: PushPayload = { title: "Your cart is waiting", body: "2 items", url: "/en/cart", tag: "cart-reminder" };

function browserSubscription(endpoint = `https://fcm.googleapis.com/fcm/send/${randomBytes(8).toString("hex")}`): PushSubscriptionInput {
  const p256dh = createECDH("prime256v1").generateKeys().toString("base64url");
  return pushSubscriptionInput.parse({ endpoint, expirationTime: null, keys: { p256dh, auth: randomBytes(16).toString("base64url") } });
}

/** A push service on 127.0.0.1 answering every request with `status` ("hang": never). */
async function pushService(status: number | "hang") {
  const received: { method: string; headers: IncomingHttpHeaders; length: number }[] = [];
  const server = createServer((request, response) => {
    let length = 0;
    request.on("data", (chunk: Buffer) => (length += chunk.length));
    request.on("end", () => {
      received.push({ method: request.method!, headers: request.headers, length });
      if (status === "hang") return;
      response.statusCode = status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/push/${randomBytes(6).toString("hex")}`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs `body` with the VAPID variables set as given, then puts them back. */
async function withVapidEnv(values: { VAPID_PUBLIC_KEY?: string; VAPID_PRIVATE_KEY?: string }, body: () => Promise<void>) {
  const saved = { VAPID_PUBLIC_KEY: env.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: env.VAPID_PRIVATE_KEY };
  Object.assign(env, values);
  try {
    await body();
  } finally {
    Object.assign(env, saved);
  }
}

describe("push input", () => {
  const good = { endpoint: "https://updates.push.services.mozilla.com/wpush/v2/x", keys: { p256dh: createECDH("prime256v1").generateKeys().toString("base64url"), auth: randomBytes(16).toString("base64url") } };
  const messages = (input: unknown) => pushSubscriptionInput.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

  it("accepts a browser's subscription, with or without base64 padding", () => {
    expect(messages(good)).toBeUndefined();
    const padded = { ...good, expirationTime: 1_900_000_000_000, keys: { p256dh: `${good.keys.p256dh}=`, auth: `${good.keys.auth}==` } };
    expect(pushSubscriptionInput.parse(padded).keys).toEqual(good.keys);
  });

  it("rejects bad endpoints and keys with a specific message", () => {
    expect(messages({ ...good, endpoint: "http://fcm.googleapis.com/x" })).toEqual(["endpoint: must be an https URL"]);
    expect(messages({ ...good, endpoint: "https://127.0.0.1/x" })).toEqual(["endpoint: must be a browser push service (FCM, Mozilla, Apple or Windows)"]);
    expect(messages({ ...good, endpoint: "https://fcm.googleapis.com.evil.example/x" })).toEqual(["endpoint: must be a browser push service (FCM, Mozilla, Apple or Windows)"]);
    expect(messages({ ...good, endpoint: "not a url" })).toEqual(["endpoint: must be an https URL"]);
    expect(messages({ ...good, endpoint: `https://fcm.googleapis.com/${"a".repeat(2000)}` })).toEqual(["endpoint: must be at most 2000 characters"]);
    const p256dh = "keys.p256dh: must be a base64url P-256 public key (65 bytes, uncompressed)";
    expect(messages({ ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(1) } })).toEqual([p256dh]);
    expect(messages({ ...good, keys: { ...good.keys, p256dh: `A${good.keys.p256dh.slice(1)}` } })).toEqual([p256dh]); // first byte 0x00
    expect(messages({ ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.replace(/^./, "+") } })).toEqual([p256dh]);
    const auth = "keys.auth: must be a base64url auth secret of 16 bytes";
    expect(messages({ ...good, keys: { ...good.keys, auth: randomBytes(12).toString("base64url") } })).toEqual([auth]);
    expect(messages({ ...good, keys: { p256dh: good.keys.p256dh } })).toEqual([auth]);
  });
});

describe.each(testDatabases())("web push on $name", (target) => {
  let handle: TestDatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());
  const shoppers = guestShoppers(() => handle.db, "c");
  const newCart = async () => {
    const cart = await shoppers.withCart(await variant("stoneware-mug", { color: "navy" }));
    return { cartId: cart.cartId!, visitorId: cart.visitorId };
  };
  const row = async (id: number) =>
    (await queryRows<{ cartId: string; visitorId: string; locale: string; p256dh: string; auth: string; expired: boolean }>(
      handle.db,
      sql`select cart_id as "cartId", visitor_id as "visitorId", locale, p256dh, auth, expired_at is not null as expired from push_subscriptions where id = ${id}`,
    ))[0];

  it("generates the VAPID keys once, even when asked concurrently, and every instance gets the same", async () => {
    await withVapidEnv({ VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined }, async () => {
      const others = handle.openAnother ? [(await handle.openAnother()).db] : [];
      const first = await Promise.all([handle.db, handle.db, ...others].map((db) => vapidDetails(db)));
      expect(new Set(first.map((details) => JSON.stringify(details))).size).toBe(1);
      expect(await vapidDetails(handle.db)).toEqual(first[0]);
      expect(await vapidPublicKey(handle.db)).toBe(first[0]!.publicKey);
      expect(first[0]!.subject).toBe(env.VAPID_SUBJECT ?? "mailto:support@juniperlane.example");
      expect(first[0]!.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
      const stored = await queryRows<{ value: string }>(handle.db, sql`select value from store_meta where key = ${vapidKeysKey}`);
      expect(stored.map((meta) => JSON.parse(meta.value))).toEqual([{ publicKey: first[0]!.publicKey, privateKey: first[0]!.privateKey }]);
    });
  });

  it("uses VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when both are set, and refuses just one", async () => {
    const keys = webpush.generateVAPIDKeys();
    await withVapidEnv({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey }, async () => {
      expect(await vapidDetails(handle.db)).toMatchObject(keys);
    });
    await withVapidEnv({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: undefined }, async () => {
      await expect(vapidDetails(handle.db)).rejects.toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together/);
    });
  });

  it("saves a subscription, moves it to another cart on resubscribe, and removes only the visitor's own", async () => {
    const first = await newCart();
    const second = await newCart();
    const subscription = browserSubscription();
    const id = await savePushSubscription(handle.db, { ...first, locale: "en", subscription });
    expect(await activePushSubscriptions(handle.db, first.cartId)).toEqual([
      { id, endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, visitorId: first.visitorId, locale: "en" },
    ]);

    await handle.db.execute(sql`update push_subscriptions set expired_at = now() where id = ${id}`);
    const renewed = browserSubscription(subscription.endpoint);
    expect(await savePushSubscription(handle.db, { ...second, locale: "ar", subscription: renewed })).toBe(id);
    expect(await row(id)).toEqual({ ...second, locale: "ar", p256dh: renewed.keys.p256dh, auth: renewed.keys.auth, expired: false });
    expect(await activePushSubscriptions(handle.db, first.cartId)).toEqual([]);
    expect(await activePushSubscriptions(handle.db, second.cartId)).toHaveLength(1);

    expect(await removePushSubscription(handle.db, { endpoint: subscription.endpoint, visitorId: first.visitorId })).toBe(false);
    expect(await row(id)).toBeDefined();
    expect(await removePushSubscription(handle.db, { endpoint: subscription.endpoint, visitorId: second.visitorId })).toBe(true);
    expect(await row(id)).toBeUndefined();
    expect(await removePushSubscription(handle.db, { endpoint: subscription.endpoint, visitorId: second.visitorId })).toBe(false);
  });

  /** A subscription of a new cart pointing at a local push service answering `status`. */
  const subscribedTo = async (status: number | "hang") => {
    const service = await pushService(status);
    const cart = await newCart();
    const id = await savePushSubscription(handle.db, { ...cart, locale: "en", subscription: { ...browserSubscription(), endpoint: service.endpoint } });
    const [target] = await activePushSubscriptions(handle.db, cart.cartId);
    return { service, cart, id, target: target! };
  };

  it("a 201 from the push service is a delivery", async () => {
    const { service, cart, target } = await subscribedTo(201);
    try {
      const vapid = await vapidDetails(handle.db);
      expect(await sendPush(handle.db, target, payload, { vapid })).toEqual({ ok: true, status: 201 });
      expect(service.received).toHaveLength(1);
      const [request] = service.received;
      expect(request).toMatchObject({ method: "POST", headers: { "content-encoding": "aes128gcm", ttl: "86400", urgency: "normal" } });
      expect(request!.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
      expect(request!.length).toBe(Number(request!.headers["content-length"]));
      expect(await activePushSubscriptions(handle.db, cart.cartId)).toHaveLength(1);
    } finally {
      await service.close();
    }
  });

  it.each([410, 404])("a %i means the browser unsubscribed: the subscription expires", async (status) => {
    const { service, cart, id, target } = await subscribedTo(status);
    try {
      const result = await sendPush(handle.db, target, payload, { vapid: await vapidDetails(handle.db) });
      expect(result).toMatchObject({ ok: false, gone: true, status });
      expect(await row(id)).toMatchObject({ expired: true });
      expect(await activePushSubscriptions(handle.db, cart.cartId)).toEqual([]);
    } finally {
      await service.close();
    }
  });

  it("a server error or a timeout fails without expiring the subscription", async () => {
    for (const [status, expected] of [
      [503, { ok: false, gone: false, status: 503 }],
      ["hang", { ok: false, gone: false, status: null }],
    ] as const) {
      const { service, id, target } = await subscribedTo(status);
      try {
        const result = await sendPush(handle.db, target, payload, { vapid: await vapidDetails(handle.db), timeoutMs: 300 });
        expect(result).toMatchObject(expected);
        expect(result.ok || result.error).toBeTruthy();
        expect(await row(id)).toMatchObject({ expired: false });
      } finally {
        await service.close();
      }
    }
  });
});
