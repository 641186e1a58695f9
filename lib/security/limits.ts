import "server-only";
import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { consumeRateLimits, type RateLimitRule } from "./rate-limit";

const minutes = (n: number) => n * 60;

/**
 * Every limit the store enforces on a path that sends mail or invites guessing, per who is
 * asking. An attacker drops cookies and changes addresses at will, so each path is also limited
 * per IP (lib/security/client-ip.ts) and, where one exists, per target (the inbox mailed, the email
 * an order is looked up by). Windows stay within an hour, so a refusal can say "in N minutes".
 */
export const limits = {
  signInLink: {
    email: { limit: 5, windowSeconds: minutes(60) },
    visitor: { limit: 10, windowSeconds: minutes(10) },
    ip: { limit: 10, windowSeconds: minutes(10) },
  },
  cartEmail: {
    cart: { limit: 3, windowSeconds: minutes(60) },
    recipient: { limit: 3, windowSeconds: minutes(60) },
    ip: { limit: 10, windowSeconds: minutes(60) },
  },
  contactMessage: {
    sender: { limit: 3, windowSeconds: minutes(60) },
    ip: { limit: 5, windowSeconds: minutes(60) },
  },
  orderLookup: {
    email: { limit: 10, windowSeconds: minutes(60) },
    ip: { limit: 20, windowSeconds: minutes(60) },
  },
  couponTry: {
    visitor: { limit: 10, windowSeconds: minutes(10) },
    ip: { limit: 30, windowSeconds: minutes(10) },
  },
  chatMessage: {
    visitor: { limit: 15, windowSeconds: minutes(1) },
    ip: { limit: 60, windowSeconds: minutes(1) },
  },
  chatImage: {
    visitor: { limit: 10, windowSeconds: minutes(10) },
    ip: { limit: 30, windowSeconds: minutes(10) },
  },
} as const satisfies Record<string, Record<string, Omit<RateLimitRule, "bucket">>>;

export type LimitedAction = keyof typeof limits;
export type LimitSubject<A extends LimitedAction> = keyof (typeof limits)[A] & string;

export type LimitVerdict<A extends LimitedAction> = { ok: true } | { ok: false; retryAfterSeconds: number; subject: LimitSubject<A> };

/** Bucket names carry a hash, not the address or IP itself: the table needs no personal data. */
const fingerprint = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 22);

/**
 * One spelling per inbox: case and spaces as typed, and a "+tag" most providers deliver to the
 * same inbox (ada+1@ and ada+2@ are one recipient). Ids and IPs pass through.
 */
function subjectKey(value: string): string {
  const key = value.trim().toLowerCase();
  const at = key.lastIndexOf("@");
  return at > 0 ? key.slice(0, at).replace(/\+.*$/, "") + key.slice(at) : key;
}

/** The rules for one action; a subject without a value (no visitor cookie) is not counted. */
export function limitRules<A extends LimitedAction>(action: A, subjects: Partial<Record<LimitSubject<A>, string | null>>) {
  const rules: (RateLimitRule & { subject: LimitSubject<A> })[] = [];
  for (const [subject, value] of Object.entries(subjects) as [LimitSubject<A>, string | null | undefined][]) {
    if (!value) continue;
    const rule = (limits[action] as Record<string, Omit<RateLimitRule, "bucket">>)[subject]!;
    rules.push({ ...rule, subject, bucket: `${action}:${subject}:${fingerprint(subjectKey(value))}` });
  }
  return rules;
}

/** Counts one `action` for each subject; refused (and not counted at all) if any is over its limit. */
export async function consumeLimits<A extends LimitedAction>(
  db: Executor,
  action: A,
  subjects: Partial<Record<LimitSubject<A>, string | null>>,
  options: { now?: Date } = {},
): Promise<LimitVerdict<A>> {
  const rules = limitRules(action, subjects);
  const verdict = await consumeRateLimits(db, rules, options);
  if (verdict.ok) return verdict;
  return { ok: false, retryAfterSeconds: verdict.retryAfterSeconds, subject: rules.find((rule) => rule.bucket === verdict.bucket)!.subject };
}
