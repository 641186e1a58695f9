import "server-only";
import { getDb } from "@/db";
import { isUnsubscribed, unsubscribe, verifyUnsubscribeToken, type UnsubscribeSource } from "./unsubscribe";
import { maskAddress } from "./unsubscribe-token";

export type UnsubscribePage = { status: "invalid" } | { status: "subscribed" | "unsubscribed"; email: string };

/** What the unsubscribe page shows: a forged token is refused before the database is asked anything. */
export async function loadUnsubscribePage({ token }: { token: string }): Promise<UnsubscribePage> {
  const email = await verifyUnsubscribeToken(token);
  if (!email) return { status: "invalid" };
  return { status: (await isUnsubscribed(await getDb(), email)) ? "unsubscribed" : "subscribed", email: maskAddress(email) };
}

/** Unsubscribes the address a token names (page button or one-click POST); a forged token changes nothing. */
export async function unsubscribeWithToken({ token, source }: { token: string; source: UnsubscribeSource }): Promise<{ ok: true; already: boolean } | { ok: false }> {
  const email = await verifyUnsubscribeToken(token);
  if (!email) return { ok: false };
  return { ok: true, ...(await unsubscribe(await getDb(), email, source)) };
}
