import { afterEach, describe, expect, it, vi } from "vitest";

// smsProvider reads its configuration through lib/env; the tests swap it.
const state = vi.hoisted(() => ({ env: {} as { TWILIO_ACCOUNT_SID?: string; TWILIO_AUTH_TOKEN?: string; TWILIO_FROM?: string } }));
vi.mock("@/lib/env", () => ({ env: state.env }));

const { devOutboxProvider, smsProvider, twilioProvider } = await import("./provider");

const accountSid = `AC${"0123456789abcdef".repeat(2)}`;
const serviceSid = `MG${"fedcba9876543210".repeat(2)}`;
const authToken = "a-test-auth-token-0123";

type Call = { url: string; init: RequestInit };

/** A fetch answering every request with `status` and `answer` (JSON), remembering what it was asked. */
function fakeFetch(status: number, answer: unknown) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init! });
    return new Response(typeof answer === "string" ? answer : JSON.stringify(answer), { status, headers: { "content-type": "application/json" } });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const form = (call: Call) => Object.fromEntries(new URLSearchParams(String(call.init.body)));

describe("twilioProvider", () => {
  it("posts the message form-encoded with Basic auth and returns Twilio's SID", async () => {
    const fake = fakeFetch(201, { sid: "SM123", status: "queued" });
    const provider = twilioProvider({ accountSid, authToken, from: "+15005550006", fetch: fake.fetch });
    expect(provider.name).toBe("twilio");
    expect(await provider.send({ to: "+4915123456789", body: "Your cart misses you: ü & ✓" })).toEqual({ providerId: "SM123" });

    const [call] = fake.calls;
    expect(call!.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(call!.init.method).toBe("POST");
    const headers = new Headers(call!.init.headers);
    expect(headers.get("authorization")).toBe(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`);
    expect(headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(form(call!)).toEqual({ To: "+4915123456789", Body: "Your cart misses you: ü & ✓", From: "+15005550006" });
  });

  it("sends through a Messaging Service when `from` is one", async () => {
    const fake = fakeFetch(201, { sid: "SM456" });
    await twilioProvider({ accountSid, authToken, from: serviceSid, fetch: fake.fetch }).send({ to: "+4915123456789", body: "Hi" });
    expect(form(fake.calls[0]!)).toEqual({ To: "+4915123456789", Body: "Hi", MessagingServiceSid: serviceSid });
  });

  it("throws Twilio's status and message on failure", async () => {
    const fake = fakeFetch(400, { code: 21211, message: "The 'To' number +4912 is not a valid phone number.", status: 400 });
    const provider = twilioProvider({ accountSid, authToken, from: "+15005550006", fetch: fake.fetch });
    await expect(provider.send({ to: "+4912", body: "Hi" })).rejects.toThrow("Twilio 400: The 'To' number +4912 is not a valid phone number. (code 21211)");
  });

  it("throws the HTTP status when the answer is not Twilio's JSON", async () => {
    const fake = fakeFetch(503, "<html>Service Unavailable</html>");
    const provider = twilioProvider({ accountSid, authToken, from: "+15005550006", fetch: fake.fetch });
    await expect(provider.send({ to: "+4915123456789", body: "Hi" })).rejects.toThrow(/^Twilio 503/);
  });

  it("gives up on an API that does not answer within the timeout", async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener("abort", () => reject(init!.signal!.reason)))) as typeof fetch;
    const provider = twilioProvider({ accountSid, authToken, from: "+15005550006", fetch: hanging, timeoutMs: 50 });
    await expect(provider.send({ to: "+4915123456789", body: "Hi" })).rejects.toThrow("Twilio: no answer within 50 ms");
  });

  it("passes a network error on as it is", async () => {
    const refused = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const provider = twilioProvider({ accountSid, authToken, from: "+15005550006", fetch: refused });
    await expect(provider.send({ to: "+4915123456789", body: "Hi" })).rejects.toThrow("fetch failed");
  });
});

describe("devOutboxProvider", () => {
  it("sends nothing and has no provider id", async () => {
    expect(devOutboxProvider.name).toBe("dev-outbox");
    expect(await devOutboxProvider.send({ to: "+4915123456789", body: "Hi" })).toEqual({ providerId: null });
  });
});

describe("smsProvider", () => {
  afterEach(() => {
    for (const key of Object.keys(state.env)) delete state.env[key as keyof typeof state.env];
  });

  it("is Twilio when all three variables are set", () => {
    Object.assign(state.env, { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: serviceSid });
    expect(smsProvider().name).toBe("twilio");
  });

  it.each(["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const)("is the dev outbox without %s", (missing) => {
    Object.assign(state.env, { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: "+15005550006" });
    delete state.env[missing];
    expect(smsProvider()).toBe(devOutboxProvider);
  });

  it("is the dev outbox with nothing set", () => {
    expect(smsProvider()).toBe(devOutboxProvider);
  });
});
