import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { submitContactMessage } from "@/app/[locale]/(shop)/contact/actions";
import { leaveAnswerEmail, openChat, recordHelpOffer, sendChatMessage, talkToPerson } from "@/lib/chat/actions";
import { proactiveMoments } from "@/lib/chat/views";
import { emptyContactValues } from "@/lib/contact/schema";
import { signingKey } from "@/lib/security/secret";
import { isVisitorId } from "@/lib/visitor/cookie";
import type { VariantLookup } from "../support/catalog";
import { hostileArgument, hostileForm, hostileJsonString, hostileValue } from "./hostile";
import { fuzz, fuzzTimeout } from "./runs";
import { hostileCookies, hostileHeaders, openFuzzShop, savedState, shopperWithCart, submit, type Shopper } from "./shop";

vi.mock("@/db", async () => (await import("./request")).appDatabase);
vi.mock("next/headers", async () => (await import("./request")).nextHeaders);
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (await import("./request")).after }));
vi.mock("next/cache", async () => (await import("./request")).nextCache);
vi.mock("next/navigation", async () => (await import("./request")).nextNavigation);
vi.mock("next-intl/server", async () => (await import("./request")).nextIntlServer);

/** The contact form and live help: every message a shopper can send the store. */
describe("contact and chat actions fed hostile input", () => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let key: Buffer;
  let shopper: Shopper;
  beforeAll(async () => {
    ({ handle, variant } = await openFuzzShop());
    key = await signingKey();
    shopper = await shopperWithCart(handle, variant);
  });
  afterAll(async () => handle?.close());
  const jar = () => fc.constant(null).chain(() => hostileCookies(shopper, key));
  const conversationOf = async (visitorId: string) =>
    queryRows(handle.db, sql`select c.id, c.status, c.email, (select count(*)::int from chat_messages m where m.conversation_id = c.id) as messages from chat_conversations c where c.visitor_id = ${visitorId} order by c.id`);

  it("contact form: each bad field is named, a flood is limited with when to retry, a message is never lost to an error", async () => {
    const form = hostileForm({
      name: fc.constantFrom("Ada Lovelace", "أحمد", "x".repeat(101)),
      email: fc.constantFrom("ada@example.com", "ada@example.com\r\nBcc: x@y.z", "a@b"),
      message: fc.constantFrom("Where is my order, please?", "short", "\u202egnol hguone si egassem sihT"),
    });
    await fuzz("contact.submitContactMessage", fc.tuple(hostileHeaders, form), async ([headers, data]) => {
      const { answer } = await submit(new Map([["vid", randomUUID()]]), headers, () => submitContactMessage({ status: "idle", values: emptyContactValues }, data));
      // "We could not send your message" is for a mail server that failed, never for what was typed.
      expect(["invalid", "limited", "sent"], JSON.stringify(answer)).toContain(answer!.status);
      if (answer!.status === "invalid") {
        expect(Object.keys(answer!.errors).length).toBeGreaterThan(0);
        for (const [field, error] of Object.entries(answer!.errors)) expect(error, field).toBe({ name: "errorName", email: "errorEmail", message: "errorMessage" }[field]);
      }
      if (answer!.status === "limited") expect(answer!.minutes).toBeGreaterThan(0);
    });
  }, fuzzTimeout());

  const chatProblem = (answer: { ok: boolean; problem?: string }, cookies: Map<string, string>, allowed: string[]) => {
    if (answer.ok) return;
    // "Unavailable" is the widget's word for a browser without a visitor id (the proxy gives every page one) or a failure (logged, and failing here).
    const allowedHere = isVisitorId(cookies.get("vid")) ? allowed : [...allowed, "unavailable"];
    expect(allowedHere, JSON.stringify(answer)).toContain(answer.problem);
  };

  it("chat message: empty or too long is said so, a flood is limited, and the shopper's cart is untouched", async () => {
    const argument = hostileArgument({
      text: fc.constantFrom("Do you ship to Kyiv?", "   ", "\u0000\u0001", "x".repeat(2001), "I'd like to talk to a person", "مرحبا"),
      clientId: fc.oneof(fc.uuid(), fc.constant("00000000-0000-0000-0000-000000000000")),
      page: fc.constantFrom("/en/cart", "https://evil.example", "/en/checkout?x=1", "/en/\u0000cart", "/\u202e"),
      locale: fc.constantFrom("en", "uk", "fa"),
    });
    await fuzz("chat.sendChatMessage", fc.tuple(jar(), hostileHeaders, argument), async ([cookies, headers, input]) => {
      const before = await savedState(handle, shopper);
      const { answer } = await submit(cookies, headers, () => sendChatMessage(input as never));
      chatProblem(answer!, cookies, ["empty", "too_long", "limited"]);
      if (answer!.ok) for (const message of answer!.messages) expect(typeof message.body).toBe("string");
      expect(await savedState(handle, shopper)).toEqual(before);
      // Past 15 messages a minute every message is limited alike: a new shopper keeps them reaching the checks.
      if (!answer!.ok && answer!.problem === "limited") shopper = await shopperWithCart(handle, variant);
    });
  }, fuzzTimeout());

  it("talk to a person, answer email, help offers, opening the widget: any argument is answered without a failure", async () => {
    const call = fc.oneof(
      fc.tuple(fc.constant("talkToPerson" as const), hostileArgument({ locale: fc.constantFrom("en", "ar"), page: fc.constantFrom("/en/cart", "cart", null, "/en/\u0000") })),
      fc.tuple(fc.constant("leaveAnswerEmail" as const), hostileArgument({ email: fc.constantFrom("ada@example.com", " ADA@example.com ", "ada@"), locale: fc.constant("en") })),
      fc.tuple(fc.constant("recordHelpOffer" as const), hostileArgument({ moment: fc.constantFrom(...proactiveMoments, "constructor"), accepted: fc.boolean(), locale: hostileJsonString })),
      fc.tuple(fc.constant("openChat" as const), hostileValue),
    );
    await fuzz("chat.otherActions", fc.tuple(jar(), hostileHeaders, call), async ([cookies, headers, [name, input]]) => {
      const conversationsBefore = await conversationOf(shopper.visitorId);
      const { answer } = await submit(cookies, headers, (): Promise<unknown> =>
        name === "talkToPerson" ? talkToPerson(input as never) : name === "leaveAnswerEmail" ? leaveAnswerEmail(input as never) : name === "recordHelpOffer" ? recordHelpOffer(input as never) : openChat(),
      );
      if (name === "leaveAnswerEmail" || name === "talkToPerson") chatProblem(answer as { ok: boolean; problem?: string }, cookies, name === "leaveAnswerEmail" ? ["email", "unavailable"] : []);
      if (name === "recordHelpOffer") expect(answer).toBeUndefined();
      // Handing over to a person and leaving an email change this shopper's conversation; nothing else may.
      if (name === "openChat" || name === "recordHelpOffer") expect(await conversationOf(shopper.visitorId)).toEqual(conversationsBefore);
    });
  }, fuzzTimeout());
});
