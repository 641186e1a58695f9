import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { getDb } from "@/db";
import { consumeLimits, type LimitSubject } from "@/lib/security/limits";

/** Who is asking for a sign-in link: the per-IP key and, when the browser kept its cookie, the visitor id. */
export interface SignInRequester {
  ipKey: string;
  visitorId: string | null;
}

export interface SignInRefusal {
  subject: LimitSubject<"signInLink">;
  retryAfterSeconds: number;
}

interface Gate {
  requester: SignInRequester;
  refusal: SignInRefusal | null;
}

const gates = new AsyncLocalStorage<Gate>();

/**
 * Runs one sign-in attempt (Auth.js's own endpoint, or `signIn()` from the store's forms) on
 * behalf of `requester`. Every magic link Auth.js is about to send passes `admitSignInLink`
 * inside it; a refused link comes back here as `refusal`, with when to retry.
 */
export async function runSignIn<T>(requester: SignInRequester, attempt: () => Promise<T>): Promise<{ refusal: null; result: T } | { refusal: SignInRefusal }> {
  const gate: Gate = { requester, refusal: null };
  try {
    const result = await gates.run(gate, attempt);
    return gate.refusal ? { refusal: gate.refusal } : { refusal: null, result };
  } catch (error) {
    // Auth.js turns a refused link into an AccessDenied thrown at `signIn()`'s caller.
    if (gate.refusal) return { refusal: gate.refusal };
    throw error;
  }
}

/**
 * Auth.js's signIn callback for a verification request, i.e. before any token is stored or mail
 * sent: counts the link against the address, the IP and the browser. A request that did not come
 * through `runSignIn` is refused, so no future caller can send links around the limits.
 */
export async function admitSignInLink(email: string): Promise<boolean> {
  const gate = gates.getStore();
  if (!gate) {
    console.error("[accounts] a sign-in link was requested outside runSignIn(); refused");
    return false;
  }
  const verdict = await consumeLimits(await getDb(), "signInLink", { email, ip: gate.requester.ipKey, visitor: gate.requester.visitorId });
  if (verdict.ok) return true;
  gate.refusal = { subject: verdict.subject, retryAfterSeconds: verdict.retryAfterSeconds };
  return false;
}

/** Whether the sign-in running now was refused by the limits (its AccessDenied is expected, not an error). */
export const refusedByLimits = () => Boolean(gates.getStore()?.refusal);
