import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { mailOutbox } from "@/db/schema";
import { limits } from "@/lib/security/limits";
import { testDatabases } from "../support/databases";

// Auth.js reads the database and its settings through these two modules; the tests swap them.
const state = vi.hoisted(() => ({ db: null as Database | null }));
vi.mock("@/db", () => ({
  getDb: async () => {
    if (!state.db) throw new Error("no test database");
    return state.db;
  },
}));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  const env = real.parseEnv({ SITE_URL: "http://localhost:3000", AUTH_SECRET: "a-test-secret-of-at-least-32-characters" });
  return { ...real, env, services: { ...real.services, mail: "dev-mailbox" as const } };
});

const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
const { handlers } = await import("@/lib/accounts/auth");

const site = "http://localhost:3000";
let n = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${++n}@example.com`;
const someIp = () => {
  n += 1;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
const visitor = () => `00000000-0000-4000-a000-${String(++n).padStart(12, "0")}`;

/** What an attacker's script does: fetch a CSRF token, then post the sign-in form to Auth.js's endpoint. */
async function postSignIn(email: string, { ip, visitorId, handler = POST }: { ip: string; visitorId?: string; handler?: (r: NextRequest) => Promise<Response> }) {
  const csrf = await GET(new NextRequest(`${site}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (visitorId) cookies.push(`vid=${visitorId}`);
  return handler(
    new NextRequest(`${site}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), "x-forwarded-for": ip },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${site}/en/account` }),
    }),
  );
}

describe.each(testDatabases())("sign-in links through Auth.js's endpoint on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    state.db = handle.db;
  });
  afterAll(async () => {
    state.db = null;
    await handle?.close();
  });

  const mailsTo = async (email: string) => (await handle.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.to, email))).length;
  const tokensFor = async (email: string) =>
    (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from verification_tokens where identifier = ${email}`))[0]!.n;

  it("sends one address at most its limit of links however the requests are spread; the rest are 429 with Retry-After", async () => {
    const email = uniqueEmail("victim");
    // A new IP and no cookie each time: only the per-address limit can hold.
    const responses = [];
    for (let i = 0; i < 20; i++) responses.push(await postSignIn(email, { ip: someIp() }));
    const limit = limits.signInLink.email.limit;
    expect(responses.slice(0, limit).map((r) => r.status)).toEqual(Array(limit).fill(302));
    expect(responses[0]!.headers.get("location")).toContain("/verify-request");
    const refused = responses.slice(limit);
    expect(refused.map((r) => r.status)).toEqual(Array(20 - limit).fill(429));
    const retryAfter = Number(refused[0]!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await refused[0]!.json()).toEqual({ error: "too_many_requests", retryAfterSeconds: retryAfter });
    // Refused requests leave nothing behind: no mail, no token.
    expect(await mailsTo(email)).toBe(limit);
    expect(await tokensFor(email)).toBe(limit);
  });

  it("limits one IP without cookies across many addresses", async () => {
    const ip = someIp();
    const emails = Array.from({ length: 12 }, () => uniqueEmail("spread"));
    const statuses = [];
    for (const email of emails) statuses.push((await postSignIn(email, { ip })).status);
    const limit = limits.signInLink.ip.limit;
    expect(statuses).toEqual([...Array(limit).fill(302), ...Array(12 - limit).fill(429)]);
    expect((await Promise.all(emails.map(mailsTo))).reduce((a, b) => a + b, 0)).toBe(limit);
  });

  it("limits one browser (its visitor cookie) across IPs and addresses", async () => {
    const browser = visitor();
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await postSignIn(uniqueEmail("browser"), { ip: someIp(), visitorId: browser })).status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(limits.signInLink.visitor.limit);
  });

  it("sends nothing for a request that bypasses the limits, or for an address list", async () => {
    const email = uniqueEmail("bypass");
    // Auth.js's handler called directly, not through the route: the link is refused, not sent.
    const direct = await postSignIn(email, { ip: someIp(), handler: handlers.POST });
    expect(direct.status).toBe(302);
    expect(direct.headers.get("location")).toContain("error=AccessDenied");
    expect(await mailsTo(email)).toBe(0);
    for (const list of [`${email},attacker@example.com`, `${email}, attacker@example.com`, `"attacker@example.com"@example.com`, `${email}\r\nbcc: attacker@example.com`]) {
      const response = await postSignIn(list, { ip: someIp() });
      expect(response.status, list).toBe(302);
      expect(response.headers.get("location"), list).toContain("error=");
    }
    expect(await handle.db.select({ id: mailOutbox.id }).from(mailOutbox).where(sql`${mailOutbox.to} like '%attacker%'`)).toEqual([]);
    expect(await mailsTo(email)).toBe(0);
  });
});
