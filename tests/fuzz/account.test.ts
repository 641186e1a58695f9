import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { reorder, removeAccount, removeAddress, removeCard, saveLanguage } from "@/lib/accounts/account-actions";
import { requestSignInLink, saveDetailsFromOrder, signOutThisDevice } from "@/lib/accounts/actions";
import { orderAccessKey } from "@/lib/checkout/order-access";
import { unsubscribeFromReminders } from "@/lib/recovery/unsubscribe-actions";
import { unsubscribeToken } from "@/lib/recovery/unsubscribe-token";
import { signingKey } from "@/lib/security/secret";
import { signValue } from "@/lib/security/signing";
import type { VariantLookup } from "../support/catalog";
import { hostileField, hostileForm, hostileString, toFormData } from "./hostile";
import { messagesOf } from "./messages";
import { fuzz, fuzzTimeout } from "./runs";
import { hostileCookies, hostileHeaders, openFuzzShop, savedState, shopperWithCart, submit, type Shopper } from "./shop";

vi.mock("@/db", async () => (await import("./request")).appDatabase);
vi.mock("next/headers", async () => (await import("./request")).nextHeaders);
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (await import("./request")).after }));
vi.mock("next/cache", async () => (await import("./request")).nextCache);
vi.mock("next/navigation", async () => (await import("./request")).nextNavigation);
vi.mock("next-intl/server", async () => (await import("./request")).nextIntlServer);

/** Sign-in, the account page's actions (with real Auth.js sessions, forged ones among them), saving details from an order, unsubscribing. */
describe("account and sign-in actions fed hostile input", () => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let key: Buffer;
  let member: Shopper;
  let order: { number: number; email: string };
  beforeAll(async () => {
    ({ handle, variant } = await openFuzzShop());
    key = await signingKey();
    member = await signedInWithSavedData();
    [order] = await queryRows<{ number: number; email: string }>(
      handle.db,
      sql`insert into orders (idempotency_key, visitor_id, email, locale, status, payment_method, currency, subtotal, discount, shipping, tax, tax_included, total, shipping_method_id, delivery_window, shipping_address)
          values (${randomUUID()}, ${randomUUID()}, 'grace@example.com', 'en', 'paid', 'card', 'USD', 5000, 0, 0, 0, false, 5000, 'us-standard', '{"from":"2026-12-01","to":"2026-12-03"}'::jsonb,
                  '{"fullName":"Grace Hopper","line1":"1 Main Street","line2":null,"city":"Portland","region":"OR","postalCode":"97201","country":"US"}'::jsonb)
          returning number, email`,
    ) as [{ number: number; email: string }];
  });
  afterAll(async () => handle?.close());

  /** A signed-in shopper with a cart, an address and a saved card: what a hostile submit must not take away. */
  async function signedInWithSavedData(): Promise<Shopper> {
    const shopper = await shopperWithCart(handle, variant, { signedIn: true });
    await handle.db.execute(sql`insert into addresses (user_id, address, is_default) values (${shopper.userId}, '{"fullName":"Ada Lovelace","line1":"1 Main Street","line2":null,"city":"Portland","region":"OR","postalCode":"97201","country":"US"}'::jsonb, true)`);
    await handle.db.execute(sql`insert into saved_cards (user_id, provider, token, brand, last4, exp_month, exp_year) values (${shopper.userId}, 'test', ${`tok_${randomUUID()}`}, 'visa', '4242', 12, 2034)`);
    return shopper;
  }
  const accountState = async (shopper: Shopper) => ({
    user: await queryRows(handle.db, sql`select email, role, locale from users where id = ${shopper.userId}`),
    addresses: await queryRows(handle.db, sql`select id, address from addresses where user_id = ${shopper.userId} order by id`),
    cards: await queryRows(handle.db, sql`select id, last4 from saved_cards where user_id = ${shopper.userId} order by id`),
    sessions: await queryRows(handle.db, sql`select session_token from sessions where user_id = ${shopper.userId}`),
    cart: await savedState(handle, shopper),
  });
  const jar = () => fc.constant(null).chain(() => hostileCookies(member, key));
  /** Whether Auth.js finds the member's session: it reads the __Secure- cookie over HTTPS, the plain one over HTTP. */
  const isSignedIn = (cookies: Map<string, string>, headers: Record<string, string>) =>
    cookies.get(headers["x-forwarded-proto"] === "https" ? "__Secure-authjs.session-token" : "authjs.session-token") === member.sessionToken;

  it("sign-in link: a bad address is named, the limits say when to retry, and the link goes only to a real address", async () => {
    const messages = await messagesOf(["account.emailInvalid", "account.emailTooLong", "account.tooManyForEmail", "account.tooManyRequests", "account.linkSent"]);
    const form = hostileForm({ email: fc.constantFrom("ada@example.com", "Ada@Example.com ", "a@b", "ada@example.com\r\nBcc: x@y.z"), landing: fc.constantFrom("/en/account", "//evil.example", "https://evil.example/", "/en/../../x") });
    await fuzz("account.requestSignInLink", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const { answer } = await submit(cookies, headers, () => requestSignInLink({ status: "idle" }, data));
      expect(messages(answer!.status === "idle" ? null : answer!.message), JSON.stringify(answer)).toBe(true);
      if (answer!.status === "sent") expect(answer!.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    });
  }, fuzzTimeout());

  it("save my details from an order: a forged order link is refused and no mail goes out", async () => {
    const refused = await messagesOf(["account.emailInvalid"]);
    const forgedKey = fc.oneof(
      hostileString,
      fc.constant(null).map(() => signValue(`${order.number}:${order.email}`, "cart", key).split(".").at(-1)!),
      fc.constant(null).map(() => signValue(`${order.number}:eve@example.com`, "order-status", key).split(".").at(-1)!),
    );
    const numbers = fc.oneof(fc.constant(null).map(() => String(order.number)), hostileString);
    await fuzz("account.saveDetailsFromOrder", fc.tuple(jar(), hostileHeaders, hostileField(numbers), hostileField(forgedKey)), async ([cookies, headers, number, givenKey]) => {
      const mailsBefore = await mailCount();
      const { answer } = await submit(cookies, headers, () => saveDetailsFromOrder({ status: "idle" }, toFormData([["number", number], ["key", givenKey], ["locale", "en"]])));
      expect(answer!.status).toBe("error");
      expect(refused(answer!.status === "error" ? answer!.message : null)).toBe(true);
      expect(await mailCount()).toBe(mailsBefore);
    });
    // The real key still works: the refusals above were the key's doing.
    const real = await orderAccessKey(order.number, order.email);
    const { answer } = await submit(new Map([["vid", randomUUID()]]), { "x-forwarded-for": "203.0.113.9" }, () => saveDetailsFromOrder({ status: "idle" }, toFormData([["number", String(order.number)], ["key", real], ["locale", "en"]])));
    expect(answer!.status).toBe("sent");
  }, fuzzTimeout());
  const mailCount = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from mail_outbox`))[0]!.n;

  it("account actions: a forged session is sent to sign in with nothing changed; a member's bad input is refused by name and keeps their saved data", async () => {
    const languageRefused = await messagesOf(["checkout.errors.choice"]);
    const refusals = await messagesOf(["account.deleteMismatch", "account.notFound"]);
    const actions = ["removeAddress", "removeCard", "saveLanguage", "reorder", "removeAccount"] as const;
    const form = hostileForm({
      id: fc.oneof(fc.uuid(), fc.constant("00000000-0000-0000-0000-000000000000")),
      language: fc.constantFrom("en", "ar", "de", "EN"),
      number: fc.constantFrom("100001", "-1", "1e3"),
      confirm: fc.constantFrom("delete", "DELETE ", "ＤＥＬＥＴＥ"),
    });
    await fuzz("account.accountActions", fc.tuple(jar(), hostileHeaders, form, fc.constantFrom(...actions)), async ([cookies, headers, data, name]) => {
      const before = await accountState(member);
      const call = {
        removeAddress: () => removeAddress(data),
        removeCard: () => removeCard(data),
        saveLanguage: () => saveLanguage({ status: "idle" }, data),
        reorder: () => reorder({ status: "idle" }, data),
        removeAccount: () => removeAccount({ status: "idle" }, data),
      }[name];
      const outcome = await submit(cookies, headers, call as () => Promise<unknown>);
      const after = await accountState(member);
      if (!isSignedIn(cookies, headers)) {
        // Not this member's session (forged, made up, or none): the sign-in page, and nothing of theirs touched.
        expect(outcome.navigation?.target, name).toBe("/en/sign-in");
        expect(after).toEqual(before);
        return;
      }
      // The member's own session: the action ran (removing the account ends on the home page).
      if (outcome.navigation) expect(`${name} ${outcome.navigation.target}`).toMatch(/^removeAccount \/(en|fa|ar|uk)$/);
      const answer = outcome.answer as { status: string; message?: string } | undefined;
      if (answer?.status === "error") expect(name === "saveLanguage" ? languageRefused(answer.message) : refusals(answer.message), `${name}: ${answer.message}`).toBe(true);
      // Removing an address or card by an id that is not the member's removes nothing; only a chosen language changes.
      if (name === "saveLanguage" && answer?.status === "done") expect({ ...after, user: [] }).toEqual({ ...before, user: [] });
      else expect(after).toEqual(before);
    });
  }, fuzzTimeout());

  it("sign out: any form and any cookies end on the home page, and another member's sessions stay", async () => {
    const other = await signedInWithSavedData();
    await fuzz("account.signOutThisDevice", fc.tuple(jar(), hostileHeaders, hostileForm({})), async ([cookies, headers, data]) => {
      const before = await accountState(other);
      const outcome = await submit(cookies, headers, () => signOutThisDevice(data));
      expect(outcome.navigation?.target).toMatch(/^\/(en|fa|ar|uk)$/);
      expect(await accountState(other)).toEqual(before);
      // Signing this device out ends the member's session: a new one for the next input.
      if (isSignedIn(cookies, headers)) member = await signedInWithSavedData();
    });
  }, fuzzTimeout());

  it("unsubscribe button: a forged or malformed token is invalid and unsubscribes nobody", async () => {
    const token = fc.oneof(
      hostileString,
      fc.constant(null).map(() => signValue(Buffer.from("ada@example.com").toString("base64url"), "cart", key)),
      fc.constant(null).map(() => `${Buffer.from("ada@example.com").toString("base64url")}.${"A".repeat(43)}`),
      fc.constant(null).map(() => unsubscribeToken("ada@example.com", Buffer.from("another key, thirty-two bytes long"))),
    );
    await fuzz("account.unsubscribeFromReminders", fc.tuple(hostileHeaders, hostileField(token)), async ([headers, given]) => {
      const { answer } = await submit(new Map(), headers, () => unsubscribeFromReminders({ status: "idle" }, toFormData([["token", given]])));
      expect(answer).toEqual({ status: "error", reason: "invalid" });
      expect((await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from mail_unsubscribes`))[0]!.n).toBe(0);
    });
  }, fuzzTimeout());
});
