import "server-only";
import type { Executor } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { isOptedOut } from "./opt-outs";
import { smsProvider, type SmsProvider } from "./provider";

export type SmsResult = { sent: true; id: number } | { sent: false; reason: "opted_out" };

/**
 * Sends a text to a number in E.164 unless it opted out, and records it in sms_messages (without a
 * provider that row is the dev outbox). A provider error is thrown as it is: the caller's job retries.
 */
export async function sendSms(db: Executor, { to, body }: { to: string; body: string }, { provider = smsProvider() }: { provider?: SmsProvider } = {}): Promise<SmsResult> {
  if (await isOptedOut(db, to)) return { sent: false, reason: "opted_out" };
  const { providerId } = await provider.send({ to, body });
  const [row] = await db.insert(smsMessages).values({ to, body, provider: provider.name, providerId }).returning({ id: smsMessages.id });
  return { sent: true, id: row!.id };
}
