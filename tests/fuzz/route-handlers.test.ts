import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import * as analyticsExport from "@/app/api/admin/analytics/export/route";
import * as catalogCsv from "@/app/api/admin/catalog.csv/route";
import * as inboxStream from "@/app/api/admin/inbox/stream/route";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import * as cartStream from "@/app/api/cart/stream/route";
import * as chatImages from "@/app/api/chat/images/route";
import * as chatStream from "@/app/api/chat/stream/route";
import * as cspReports from "@/app/api/csp-reports/route";
import * as health from "@/app/api/health/route";
import * as shopperRoute from "@/app/api/shopper/route";
import * as unsubscribeRoute from "@/app/api/unsubscribe/[token]/route";
import * as stripeWebhook from "@/app/api/webhooks/stripe/route";
import { addShopperMessage } from "@/lib/chat/conversations";
import { unsubscribeToken } from "@/lib/recovery/unsubscribe-token";
import { signingKey } from "@/lib/security/secret";
import { signValue } from "@/lib/security/signing";
import type { VariantLookup } from "../support/catalog";
import { hostileHeaderValue, hostileJson, hostileJsonString, hostileString, pollutionKeys } from "./hostile";
import { fuzz, fuzzTimeout } from "./runs";
import { hostileCookies, hostileHeaders, openFuzzShop, savedState, shopperWithCart, submit, type Shopper } from "./shop";

vi.mock("@/lib/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/env")>();
  // The webhook answers 404 without Stripe's keys: with them it reaches its signature check.
  return { ...original, env: { ...original.env, STRIPE_SECRET_KEY: "sk_test_fuzz", STRIPE_WEBHOOK_SECRET: "whsec_fuzz_secret_for_signatures" } };
});
vi.mock("@/db", async () => (await import("./request")).appDatabase);
vi.mock("next/headers", async () => (await import("./request")).nextHeaders);
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (await import("./request")).after }));
vi.mock("next/cache", async () => (await import("./request")).nextCache);
vi.mock("next/navigation", async () => (await import("./request")).nextNavigation);
vi.mock("next-intl/server", async () => (await import("./request")).nextIntlServer);

const origin = "http://localhost:3000";

/**
 * A handler's answer to hostile input: never a 5xx, and a refusal says what it refused (a JSON
 * `error` or `problem`), except the plain statuses that are the answer themselves (204, 303, 403, 404).
 */
async function expectAnswered(response: Response, context: string, { bodyByAuthJs = false } = {}): Promise<void> {
  expect(response.status, context).toBeLessThan(500);
  // Auth.js words its own refusals (a JSON string, or null for a session update without its CSRF token).
  if (bodyByAuthJs) return;
  if ([400, 405, 413, 415, 429].includes(response.status) && (response.headers.get("content-type") ?? "").includes("json")) {
    const body = (await response.clone().json()) as { error?: unknown; problem?: unknown } | null;
    const said = body?.error ?? body?.problem;
    expect(typeof said === "string" && said.trim() !== "", `${context}: ${JSON.stringify(body)}`).toBe(true);
  }
}

/** Reads an event stream's first chunk and leaves, as a browser closing the tab does: the stream must end. */
async function leaveStream(response: Response, leave: AbortController): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  const first = await reader.read();
  expect(new TextDecoder().decode(first.value)).toMatch(/^retry: \d+/);
  leave.abort();
  await reader.cancel();
}

/**
 * Auth.js logs each request it refuses through the store's logger (a made-up action or provider, a
 * missing CSRF token): the client's mistakes, answered with a 400 or the sign-in page. Its adapter's
 * errors are the store's database refusing what it was given, and still fail the run.
 */
const storeFailures = new Set(["AdapterError", "SessionTokenError"]);
const authClientError = (args: unknown[]) => args[0] === "[auth][error]" && !storeFailures.has((args[1] as { type?: string } | undefined)?.type ?? "");

/** Every route handler under app/api, fed hostile bodies, queries, headers, cookies and tokens. */
describe("route handlers fed hostile requests", () => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let key: Buffer;
  let shopper: Shopper;
  let staffToken: string;
  beforeAll(async () => {
    ({ handle, variant } = await openFuzzShop());
    key = await signingKey();
    shopper = await shopperWithCart(handle, variant, { signedIn: true });
    await addShopperMessage(handle.db, { visitorId: shopper.visitorId, userId: shopper.userId, cartId: shopper.cartId }, { text: "Hello", clientId: randomUUID(), page: null, locale: "en" });
    const staffId = randomUUID();
    staffToken = randomUUID();
    await handle.db.execute(sql`insert into users (id, email, role) values (${staffId}, 'ops@example.com', 'admin')`);
    await handle.db.execute(sql`insert into sessions (session_token, user_id, expires) values (${staffToken}, ${staffId}, now() + interval '1 day')`);
  });
  afterAll(async () => handle?.close());
  const jar = () => fc.constant(null).chain(() => hostileCookies(shopper, key));
  const cookieHeader = (cookies: Map<string, string>) => [...cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");

  const hostileBody = fc.oneof(
    hostileJson.map((value) => JSON.stringify(value) ?? "null"),
    fc.record({ locale: fc.constantFrom("en", "ar", "xx"), path: fc.oneof(hostileJsonString, fc.constant("/en")), newVisit: fc.oneof(fc.boolean(), hostileJson), view: hostileJson, product: hostileJson }).map((body) => JSON.stringify(body)),
    fc.record({ locale: fc.constant("en"), product: fc.record({ slug: fc.oneof(hostileString, fc.constant("stoneware-mug")), variantId: fc.oneof(fc.integer(), fc.constant(2 ** 31)) }), view: fc.record({ name: fc.constantFrom("page_view", "product_view", "order_placed"), props: hostileJson }) }).map((body) => JSON.stringify(body)),
    fc.constantFrom(...pollutionKeys).map((name) => `{"locale":"en","${name}":{"polluted":true},"view":{"name":"page_view","props":{"page":"home","${name}":{"role":"admin"}}}}`),
    hostileString,
    fc.constantFrom(
      "",
      "{",
      "[",
      "{\"locale\":",
      "\u0000",
      "x".repeat(300_000),
      '{"locale":"en","path":"/en/\\u0000","view":{"name":"page_view","props":{"page":"home\\u0000"}}}',
      '{"locale":"en","product":{"slug":"mug\\u0000","variantId":1}}',
      '{"locale":"en","product":{"slug":"stoneware-mug","variantId":2147483648}}',
    ),
  );

  it("POST /api/shopper: a bad body is a 400 naming the problem, a cross-site post a 403, never a 5xx", async () => {
    const contentType = fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "");
    const originHeader = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(origin, "https://evil.example", "null", "http://localhost:3000.evil.example") });
    await fuzz("route.POST /api/shopper", fc.tuple(jar(), hostileHeaders, hostileBody, contentType, originHeader), async ([cookies, headers, body, type, from]) => {
      const before = await savedState(handle, shopper);
      const init = { method: "POST", body, headers: { ...headers, host: "localhost:3000", "content-type": type, cookie: cookieHeader(cookies), ...(from ? { origin: from } : {}) } };
      const { answer } = await submit(cookies, headers, () => shopperRoute.POST(new Request(`${origin}/api/shopper`, init)));
      await expectAnswered(answer!, `shopper ${body.slice(0, 80)}`);
      // Cross-site as Next judges it: the Origin's host against the forwarded host, else Host.
      if (from && (!URL.canParse(from) || new URL(from).host !== (headers["x-forwarded-host"] ?? "localhost:3000"))) expect(answer!.status).toBe(403);
      expect(await savedState(handle, shopper)).toEqual(before);
    });
  }, fuzzTimeout());

  it("GET the cart and chat streams: forged cookies and resume ids give no stream or the shopper's own, which ends when they leave", async () => {
    const resume = fc.oneof(fc.constant(undefined), hostileHeaderValue, fc.constantFrom("0", "-1", "1e3", "999999999999999999", "1"));
    await fuzz("route.GET streams", fc.tuple(jar(), hostileHeaders, resume, fc.constantFrom("cart", "chat")), async ([cookies, headers, after, which]) => {
      const leave = new AbortController();
      const url = `${origin}/api/${which}/stream${after !== undefined ? `?after=${encodeURIComponent(after)}` : ""}`;
      const request = new Request(url, { signal: leave.signal, headers: after !== undefined ? { "last-event-id": after } : {} });
      const { answer } = await submit(cookies, headers, () => (which === "cart" ? cartStream.GET(request) : chatStream.GET(request)));
      await expectAnswered(answer!, `${which} stream`);
      expect([200, 204]).toContain(answer!.status);
      if (answer!.status === 200) await leaveStream(answer!, leave);
    });
  }, fuzzTimeout());

  it("POST /api/chat/images: anything but one real image is refused by its problem, never a 5xx", async () => {
    const png1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
    const part = fc.oneof(
      fc.constant(null),
      hostileString.map((text) => text),
      fc.constantFrom("png", "empty", "svg", "html").map((kind) =>
        kind === "png" ? new File([png1x1], "a.png", { type: "image/png" }) : kind === "empty" ? new File([], "e.png", { type: "image/png" }) : kind === "svg" ? new File(["<svg onload=alert(1)>"], "x.svg", { type: "image/svg+xml" }) : new File(["<html>"], "x.png", { type: "image/png" }),
      ),
    );
    const body = fc.oneof(
      fc.record({ image: part, clientId: fc.oneof(fc.uuid(), hostileString), locale: fc.oneof(fc.constant("en"), hostileString), page: fc.oneof(fc.constant("/en/cart"), hostileString) }).map((fields) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
        return { body: form as BodyInit, type: undefined as string | undefined };
      }),
      fc.tuple(hostileString, fc.constantFrom("application/json", "multipart/form-data", "multipart/form-data; boundary=nope", "text/plain")).map(([text, type]) => ({ body: text as BodyInit, type })),
    );
    const length = fc.constantFrom(undefined, "0", "-1", "abc", String(20 * 1024 * 1024), "1e12");
    await fuzz("route.POST /api/chat/images", fc.tuple(jar(), hostileHeaders, body, length), async ([cookies, headers, { body: payload, type }, contentLength]) => {
      const request = new Request(`${origin}/api/chat/images`, { method: "POST", body: payload, headers: { ...(type ? { "content-type": type } : {}), ...(contentLength ? { "content-length": contentLength } : {}) } });
      const { answer } = await submit(cookies, headers, () => chatImages.POST(request));
      await expectAnswered(answer!, "chat image");
      if (answer!.status !== 200) expect(((await answer!.json()) as { ok: boolean }).ok).toBe(false);
    });
  }, fuzzTimeout());

  it("/api/unsubscribe/[token]: a forged or malformed token is a 400 and unsubscribes nobody; the page link stays on the site", async () => {
    const token = fc.oneof(
      hostileString,
      fc.constant(null).map(() => signValue(Buffer.from("ada@example.com").toString("base64url"), "cart", key)),
      fc.constant(null).map(() => unsubscribeToken("ada@example.com", Buffer.from("another key, thirty-two bytes long"))),
      fc.constant(null).map(() => `${Buffer.from("ada@example.com").toString("base64url")}.${"A".repeat(43)}`),
    );
    await fuzz("route./api/unsubscribe/[token]", fc.tuple(hostileHeaders, token, fc.constantFrom("GET", "POST"), fc.option(fc.constantFrom("en", "ar", "xx", "__proto__"), { nil: undefined })), async ([headers, given, method, remembered]) => {
      const request = new NextRequest(`${origin}/api/unsubscribe/x`, { method, ...(method === "POST" ? { body: "List-Unsubscribe=One-Click" } : {}), headers: remembered ? { cookie: `NEXT_LOCALE=${remembered}` } : {} });
      const context = { params: Promise.resolve({ token: given }) };
      const { answer } = await submit(new Map(), headers, () => (method === "GET" ? unsubscribeRoute.GET(request, context) : unsubscribeRoute.POST(request, context)));
      await expectAnswered(answer!, "unsubscribe");
      if (method === "POST") expect(answer!.status).toBe(400);
      else expect(new URL(answer!.headers.get("location")!).origin).toBe(origin);
      expect((await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from mail_unsubscribes`))[0]!.n).toBe(0);
    });
  }, fuzzTimeout());

  it("staff routes: anyone but staff gets a 404, forged sessions included; staff's hostile query is a 400 naming the field", async () => {
    const query = fc.dictionary(fc.oneof(fc.constantFrom("from", "to", "device", "locale", "market", "source", "traffic", "format"), fc.constantFrom(...pollutionKeys), hostileString), fc.oneof(hostileString, fc.constantFrom("2026-01-01", "2026-02-30", "csv", "funnel", "json", "ndjson", "xml", "bot")), { maxKeys: 5 });
    const session = fc.oneof(fc.constant(undefined), fc.uuid(), hostileString, fc.constant(null).map(() => staffToken), fc.constant(null).map(() => shopper.sessionToken!));
    const route = fc.constantFrom("export", "catalog.csv", "inbox");
    await fuzz("route.GET staff routes", fc.tuple(hostileHeaders, query, session, route), async ([headers, params, token, which]) => {
      const cookies = new Map(token === undefined ? [] : [["authjs.session-token", token]]);
      const url = `${origin}/api/admin/${which === "export" ? "analytics/export" : which === "inbox" ? "inbox/stream" : "catalog.csv"}?${new URLSearchParams(Object.entries(params)).toString()}`;
      const leave = new AbortController();
      const request = new Request(url, { signal: leave.signal });
      const { answer } = await submit(cookies, headers, () => (which === "export" ? analyticsExport.GET(request) : which === "inbox" ? inboxStream.GET(request) : catalogCsv.GET()));
      await expectAnswered(answer!, `${which} ${url}`);
      if (token !== staffToken || headers["x-forwarded-proto"] === "https") expect(answer!.status, `${which} without staff`).toBe(404);
      else if (answer!.status === 400) expect(Object.keys(await answer!.json())).toEqual(expect.arrayContaining(["error", expect.stringMatching(/^(field|formats)$/)]));
      else if (which === "inbox") await leaveStream(answer!, leave);
      else await answer!.body?.cancel();
    });
  }, fuzzTimeout());

  it("Auth.js endpoints: hostile paths, bodies and tokens are refused or redirected, never a 5xx", async () => {
    const action = fc.oneof(fc.constantFrom("session", "csrf", "providers", "signin", "signin/email", "signout", "callback/email", "callback/github", "verify-request", "error", "nope", "signin/__proto__"), hostileString.map((text) => encodeURIComponent(Array.from(text).slice(0, 100).join(""))));
    const search = fc.dictionary(fc.oneof(fc.constantFrom("token", "email", "callbackUrl", "error"), hostileString), hostileString, { maxKeys: 3 });
    const body = fc.dictionary(fc.oneof(fc.constantFrom("email", "csrfToken", "callbackUrl", "redirect"), fc.constantFrom(...pollutionKeys)), fc.oneof(hostileString, fc.constantFrom("ada@example.com", "https://evil.example")), { maxKeys: 4 });
    const callbackCookie = fc.option(fc.oneof(hostileString, fc.constantFrom("/en/account", "https://evil.example/")), { nil: undefined });
    await fuzz("route./api/auth/[...nextauth]", fc.tuple(jar(), hostileHeaders, action, search, body, fc.constantFrom("GET", "POST"), callbackCookie), async ([jarCookies, headers, path, params, form, method, callback]) => {
      const cookies = callback === undefined ? jarCookies : new Map([...jarCookies, ["authjs.callback-url", callback]]);
      const url = `${origin}/api/auth/${path}?${new URLSearchParams(Object.entries(params)).toString()}`;
      const init = method === "POST" ? { method, body: new URLSearchParams(Object.entries(form)).toString(), headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies), ...headers } } : { headers: { cookie: cookieHeader(cookies), ...headers } };
      const { answer } = await submit(cookies, headers, () => (method === "GET" ? authRoute.GET(new NextRequest(url, init)) : authRoute.POST(new NextRequest(url, init))), {
        toleratedLog: authClientError,
      });
      await expectAnswered(answer!, `${method} ${url}`, { bodyByAuthJs: true });
    });
  }, fuzzTimeout());

  it("POST /api/webhooks/stripe: a body without Stripe's signature is a 400 and changes no order", async () => {
    const signature = fc.oneof(fc.constant(undefined), hostileHeaderValue, fc.integer({ min: 0 }).map((t) => `t=${t},v1=${"0".repeat(64)}`));
    const payload = fc.oneof(hostileJson.map((value) => JSON.stringify(value) ?? ""), hostileString, fc.constant('{"type":"payment_intent.succeeded","data":{"object":{"metadata":{"orderNumber":"100001"}}}}'));
    await fuzz("route.POST /api/webhooks/stripe", fc.tuple(hostileHeaders, payload, signature), async ([headers, body, given]) => {
      const request = new Request(`${origin}/api/webhooks/stripe`, { method: "POST", body, headers: given ? { "stripe-signature": given } : {} });
      const { answer } = await submit(new Map(), headers, () => stripeWebhook.POST(request));
      expect(answer!.status).toBe(400);
      expect(await answer!.json()).toEqual({ error: "invalid signature" });
    });
  }, fuzzTimeout());

  it("POST /api/csp-reports: a malformed, oversized or cross-site report is refused by its problem, never a 5xx", async () => {
    const legacy = fc.record({ "document-uri": hostileJsonString, "violated-directive": fc.option(hostileJsonString, { nil: undefined }), "blocked-uri": fc.option(hostileJsonString, { nil: undefined }), "script-sample": fc.option(hostileJsonString, { nil: undefined }) });
    const modern = fc.array(fc.record({ type: fc.constantFrom("csp-violation", "deprecation", "__proto__"), body: fc.record({ documentURL: hostileJsonString, effectiveDirective: hostileJsonString, blockedURL: hostileJsonString, sample: hostileJsonString }) }), { maxLength: 3 });
    const body = fc.oneof(
      legacy.map((report) => JSON.stringify({ "csp-report": report })),
      modern.map((reports) => JSON.stringify(reports)),
      hostileJson.map((value) => JSON.stringify(value) ?? ""),
      hostileString,
      fc.constant(JSON.stringify({ "csp-report": { "document-uri": "https://x.example/a\u0000", "violated-directive": "script-src\u0000", "blocked-uri": "inline\u0000" } })),
    );
    const contentType = fc.constantFrom("application/csp-report", "application/reports+json", "application/json", "text/plain", "");
    const originHeader = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(origin, "https://evil.example", "null") });
    await fuzz("route.POST /api/csp-reports", fc.tuple(hostileHeaders, body, contentType, originHeader), async ([headers, payload, type, from]) => {
      const request = new Request(`${origin}/api/csp-reports`, { method: "POST", body: payload, headers: { host: "localhost:3000", "content-type": type, ...headers, ...(from ? { origin: from } : {}) } });
      const { answer } = await submit(new Map(), headers, () => cspReports.POST(request));
      await expectAnswered(answer!, `csp report ${payload.slice(0, 80)}`);
      expect([204, 400, 403, 413], String(answer!.status)).toContain(answer!.status);
    });
  }, fuzzTimeout());

  it("GET /api/health answers whatever the request carries", async () => {
    await fuzz("route.GET /api/health", fc.tuple(jar(), hostileHeaders), async ([cookies, headers]) => {
      const { answer } = await submit(cookies, headers, () => health.GET());
      expect(answer!.status).toBe(200);
    });
  }, fuzzTimeout());
});
