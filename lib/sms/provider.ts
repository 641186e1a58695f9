import "server-only";
import { env } from "@/lib/env";

export interface SmsProvider {
  name: string;
  send(message: { to: string; body: string }): Promise<{ providerId: string | null }>;
}

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** A number in E.164, or a Messaging Service SID (MG…) that picks the sender itself. */
  from: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Twilio's Programmable Messaging API: one POST per message, answered with the message's SID. */
export function twilioProvider({ accountSid, authToken, from, fetch: fetchImpl = (input, init) => fetch(input, init), timeoutMs = 10_000 }: TwilioOptions): SmsProvider {
  const url = `https://api.twilio.com/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
  return {
    name: "twilio",
    async send({ to, body }) {
      const form = new URLSearchParams({ To: to, Body: body });
      form.set(from.startsWith("MG") ? "MessagingServiceSid" : "From", from);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "POST",
          headers: { authorization, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: form.toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (error instanceof Error && error.name === "TimeoutError") throw new Error(`Twilio: no answer within ${timeoutMs} ms`);
        throw error;
      }
      const answer = (await response.json().catch(() => null)) as { sid?: string; code?: number; message?: string } | null;
      if (!response.ok) {
        const code = answer?.code ? ` (code ${answer.code})` : "";
        throw new Error(`Twilio ${response.status}: ${answer?.message ?? response.statusText}${code}`);
      }
      return { providerId: answer?.sid ?? null };
    },
  };
}

/** Sends nothing: the row sendSms records is the message, read at /dev/sms. */
export const devOutboxProvider: SmsProvider = {
  name: "dev-outbox",
  async send() {
    return { providerId: null };
  },
};

/** Twilio when its three variables are set, else the dev outbox. */
export function smsProvider(): SmsProvider {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from } = env;
  return accountSid && authToken && from ? twilioProvider({ accountSid, authToken, from }) : devOutboxProvider;
}
