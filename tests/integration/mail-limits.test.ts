import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { mailOutbox } from "@/db/schema";
import { emailCartLink } from "@/lib/cart/handoff-mail";
import { changeLine } from "@/lib/cart/queries";
import { sendContactMessage } from "@/lib/contact/send-contact-message";
import { limits } from "@/lib/security/limits";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("mail the store sends on request, limited, on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const visitor = () => `00000000-0000-4000-b000-${String(++n).padStart(12, "0")}`;
  const someIp = () => {
    n += 1;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
  const inbox = (name: string) => `${name}.${Date.now()}.${++n}@example.com`;
  const mailsTo = async (pattern: string) => (await handle.db.select({ id: mailOutbox.id }).from(mailOutbox).where(like(mailOutbox.to, pattern))).length;
  const emailHandoffsOf = async (cartIds: string[]) =>
    (
      await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from cart_handoffs where channel = 'email' and cart_id in (${sql.join(cartIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
      )
    )[0]!.n;

  /** A guest's new cart with one mug in it, as "Email me my cart" needs. */
  const newCart = async () => {
    const visitorId = visitor();
    const result = await changeLine(handle.db, { visitorId, cartId: null, variantId: await variant("stoneware-mug", { color: "navy" }), quantity: 1, mode: "add" });
    if (!result.ok) throw new Error("could not fill a cart");
    return { visitorId, cartId: result.cartId };
  };
  const mailCart = async (cart: { visitorId: string; cartId: string }, to: string, ipKey = someIp()) =>
    emailCartLink(handle.db, { ...cart, to, items: 1, locale: "en", ipKey });

  it("sends one recipient at most its limit of carts an hour: 5 new carts, 3 mails (a +tag is the same inbox)", async () => {
    const name = inbox("target");
    const [local, domain] = name.split("@");
    const carts = await Promise.all(Array.from({ length: 5 }, newCart));
    const outcomes = [];
    for (const [i, cart] of carts.entries()) outcomes.push(await mailCart(cart, i % 2 ? `${local}+${i}@${domain}` : name));
    const limit = limits.cartEmail.recipient.limit;
    expect(outcomes.filter((o) => o.ok)).toHaveLength(limit);
    expect(outcomes.slice(limit)).toEqual(Array(5 - limit).fill(expect.objectContaining({ ok: false, retryAfterSeconds: expect.any(Number) })));
    expect(await mailsTo(`${local}%@${domain}`)).toBe(limit);
    // Refused mails leave no hand-off link behind either.
    expect(await emailHandoffsOf(carts.map((c) => c.cartId))).toBe(limit);
  });

  it("sends one cart to at most 3 addresses an hour, and one IP at most its limit to anyone", async () => {
    const cart = await newCart();
    const perCart = [];
    for (let i = 0; i < 5; i++) perCart.push((await mailCart(cart, inbox("friend"))).ok);
    expect(perCart.filter(Boolean)).toHaveLength(limits.cartEmail.cart.limit);

    const ip = someIp();
    const fromOneIp = [];
    for (let i = 0; i < 12; i++) fromOneIp.push((await mailCart(await newCart(), inbox("spread"), ip)).ok);
    expect(fromOneIp.filter(Boolean)).toHaveLength(limits.cartEmail.ip.limit);
  });

  const message = (email: string) => ({ name: "Visit https://spam.example/win", email, message: `Claim your prize at https://spam.example/${n} now!` });

  it("answers one sender address at most its limit of contact messages an hour, from any IP", async () => {
    const sender = inbox("sender");
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await sendContactMessage(handle.db, message(sender), "en", { ipKey: someIp() }));
    const limit = limits.contactMessage.sender.limit;
    expect(outcomes.map((o) => o.status)).toEqual([...Array(limit).fill("sent"), ...Array(6 - limit).fill("limited")]);
    expect(await mailsTo(sender)).toBe(limit);
  });

  it("takes at most its limit of contact messages an hour from one IP", async () => {
    const ip = someIp();
    const senders = Array.from({ length: 8 }, () => inbox("flood"));
    const outcomes = [];
    for (const sender of senders) outcomes.push((await sendContactMessage(handle.db, message(sender), "en", { ipKey: ip })).status);
    expect(outcomes.filter((s) => s === "sent")).toHaveLength(limits.contactMessage.ip.limit);
    expect((await Promise.all(senders.map(mailsTo))).reduce((a, b) => a + b, 0)).toBe(limits.contactMessage.ip.limit);
  });

  it("acknowledges with a fixed text: nothing the sender typed (name, message, links) reaches the address they gave", async () => {
    const sender = inbox("echo");
    await sendContactMessage(handle.db, message(sender), "fa", { ipKey: someIp() });
    const [ack] = await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, sender));
    expect(ack!.subject).toBe("پیام شما را دریافت کردیم");
    for (const typed of ["spam.example", "Visit", "Claim your prize"]) {
      expect(ack!.html, typed).not.toContain(typed);
      expect(ack!.text, typed).not.toContain(typed);
    }
  });
});
