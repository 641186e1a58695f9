import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows } from "@/db/rows";
import { isOptedOut, optOutPhone } from "@/lib/sms/opt-outs";
import { loadSmsOutbox } from "@/lib/sms/outbox";
import { devOutboxProvider, type SmsProvider } from "@/lib/sms/provider";
import { sendSms } from "@/lib/sms/send";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";

// Twilio keys in the shell running the tests must not make them send real texts.
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: real.parseEnv({}) };
});

/** A provider that remembers what it was given and answers with an id of its own. */
function recordingProvider() {
  const sent: { to: string; body: string }[] = [];
  const provider: SmsProvider = {
    name: "fake",
    async send(message) {
      sent.push(message);
      return { providerId: `SM${sent.length}` };
    },
  };
  return { provider, sent };
}

describe.each(testDatabases())("text messages on $name", (target) => {
  let handle: TestDatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => handle?.close());

  const rowsTo = (to: string) =>
    queryRows<{ to: string; body: string; provider: string; providerId: string | null }>(
      handle.db,
      sql`select "to", body, provider, provider_id as "providerId" from sms_messages where "to" = ${to} order by id`,
    );

  it("records a text in the outbox: with the dev outbox that row is the message", async () => {
    const result = await sendSms(handle.db, { to: "+4915123456701", body: "Your cart is waiting: https://shop.example/c/abc" }, { provider: devOutboxProvider });
    expect(result).toEqual({ sent: true, id: expect.any(Number) });
    expect(await rowsTo("+4915123456701")).toEqual([
      { to: "+4915123456701", body: "Your cart is waiting: https://shop.example/c/abc", provider: "dev-outbox", providerId: null },
    ]);
  });

  it("without Twilio keys the dev outbox is the provider", async () => {
    expect(await sendSms(handle.db, { to: "+4915123456702", body: "Hi" })).toMatchObject({ sent: true });
    expect(await rowsTo("+4915123456702")).toEqual([{ to: "+4915123456702", body: "Hi", provider: "dev-outbox", providerId: null }]);
  });

  it("keeps the provider's name and message id", async () => {
    const { provider, sent } = recordingProvider();
    await sendSms(handle.db, { to: "+380501234567", body: "Ваш кошик чекає" }, { provider });
    expect(sent).toEqual([{ to: "+380501234567", body: "Ваш кошик чекає" }]);
    expect(await rowsTo("+380501234567")).toEqual([{ to: "+380501234567", body: "Ваш кошик чекає", provider: "fake", providerId: "SM1" }]);
  });

  it("an opted-out number gets nothing, and nothing is recorded", async () => {
    const { provider, sent } = recordingProvider();
    expect(await isOptedOut(handle.db, "+4915123456703")).toBe(false);
    await optOutPhone(handle.db, "+4915123456703");
    await optOutPhone(handle.db, "+4915123456703");
    expect(await isOptedOut(handle.db, "+4915123456703")).toBe(true);
    expect(await isOptedOut(handle.db, "+4915123456704")).toBe(false);

    expect(await sendSms(handle.db, { to: "+4915123456703", body: "Hi" }, { provider })).toEqual({ sent: false, reason: "opted_out" });
    expect(sent).toEqual([]);
    expect(await rowsTo("+4915123456703")).toEqual([]);
  });

  it("a provider error reaches the caller, and nothing is recorded", async () => {
    const failing: SmsProvider = {
      name: "failing",
      async send() {
        throw new Error("Twilio 503: Service Unavailable");
      },
    };
    await expect(sendSms(handle.db, { to: "+4915123456705", body: "Hi" }, { provider: failing })).rejects.toThrow("Twilio 503");
    expect(await rowsTo("+4915123456705")).toEqual([]);
  });

  it("loadSmsOutbox lists the newest first, up to the limit", async () => {
    const ids: number[] = [];
    for (const n of [1, 2, 3]) {
      const result = await sendSms(handle.db, { to: `+4915123456${710 + n}`, body: `Message ${n}` }, { provider: devOutboxProvider });
      if (result.sent) ids.push(result.id);
    }
    // The first two share a timestamp: the later row still comes first.
    await handle.db.execute(sql`update sms_messages set created_at = now() + interval '1 hour' where id in (${ids[0]}, ${ids[1]})`);
    await handle.db.execute(sql`update sms_messages set created_at = now() + interval '2 hours' where id = ${ids[2]}`);
    await handle.db.execute(sql`update sms_messages set created_at = created_at - interval '1 day' where id < ${ids[0]}`);

    const outbox = await loadSmsOutbox(handle.db, { limit: 3 });
    expect(outbox.map((message) => message.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(outbox[0]).toMatchObject({ to: "+4915123456713", body: "Message 3", provider: "dev-outbox", providerId: null, createdAt: expect.any(Date) });
    const all = await loadSmsOutbox(handle.db, { limit: 100 });
    expect(all.slice(0, 3)).toEqual(outbox);
    expect(all.map((message) => message.createdAt.getTime())).toEqual(all.map((message) => message.createdAt.getTime()).sort((a, b) => b - a));
  });
});
