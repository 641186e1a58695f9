import "server-only";
import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { addRateLimitHits, consumeRateLimits, type RateLimitRule } from "./rate-limit";
import { recordRefusal } from "./refusals";

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
  placeOrder: {
    visitor: { limit: 10, windowSeconds: minutes(10) },
    ip: { limit: 30, windowSeconds: minutes(10) },
  },
  cardDecline: {
    visitor: { limit: 5, windowSeconds: minutes(60) },
    ip: { limit: 10, windowSeconds: minutes(60) },
    card: { limit: 3, windowSeconds: minutes(60) },
  },
} as const satisfies Record<string, Record<string, Omit<RateLimitRule, "bucket">>>;

export type LimitedAction = keyof typeof limits;
export type LimitSubject<A extends LimitedAction> = keyof (typeof limits)[A] & string;

export type LimitSubjects<A extends LimitedAction> = Partial<Record<LimitSubject<A>, string | null>>;

/** Which limit refused: the action and the kind of subject that ran out, and the seconds until its window ends. */
export type LimitRefusal<A extends LimitedAction> = { [K in A]: { ok: false; retryAfterSeconds: number; action: K; subject: LimitSubject<K> } }[A];

export type LimitVerdict<A extends LimitedAction> = { ok: true } | LimitRefusal<A>;

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

type LimitRule<A extends LimitedAction> = RateLimitRule & { action: A; subject: LimitSubject<A>; subjectHash: string };

/** The rules for one action; a subject without a value (no visitor cookie) is not counted. */
export function limitRules<A extends LimitedAction>(action: A, subjects: LimitSubjects<A>): LimitRule<A>[] {
  const rules: LimitRule<A>[] = [];
  for (const [subject, value] of Object.entries(subjects) as [LimitSubject<A>, string | null | undefined][]) {
    if (!value) continue;
    const rule = (limits[action] as Record<string, Omit<RateLimitRule, "bucket">>)[subject]!;
    const subjectHash = fingerprint(subjectKey(value));
    rules.push({ ...rule, action, subject, subjectHash, bucket: `${action}:${subject}:${subjectHash}` });
  }
  return rules;
}

/**
 * Counts one `action` for each subject; refused (and not counted at all) if any is over its limit.
 * `checking` adds another action's limits, weighed in the same transaction but not counted (card
 * declines before a card attempt). `once` is the request's own key (an idempotency key): sent again
 * within the action's longest window it is not counted again, only weighed against `checking`.
 * Every refusal is logged: a row in `limit_refusals` for the admin (the subject hashed as in the
 * bucket) and one line on the server's log.
 */
export async function consumeLimits<A extends LimitedAction, C extends LimitedAction = never>(
  db: Executor,
  action: A,
  subjects: LimitSubjects<A>,
  options: { now?: Date; once?: string; checking?: { action: C; subjects: LimitSubjects<C> } } = {},
): Promise<LimitVerdict<A | C>> {
  const rules: (RateLimitRule & { action: LimitedAction; subject: string; subjectHash: string })[] = [...limitRules(action, subjects)];
  if (options.checking) rules.push(...limitRules(options.checking.action, options.checking.subjects).map((rule) => ({ ...rule, checkOnly: true })));
  const windowSeconds = Math.max(...Object.values(limits[action] as Record<string, { windowSeconds: number }>).map((rule) => rule.windowSeconds));
  const once = options.once ? { bucket: `${action}:once:${fingerprint(options.once)}`, windowSeconds } : undefined;
  const verdict = await consumeRateLimits(db, rules, { now: options.now, once });
  if (verdict.ok) return verdict;
  const rule = rules.find((r) => r.bucket === verdict.bucket)!;
  // The refusal stands even if its log row cannot be written.
  await recordRefusal(db, { action: rule.action, subject: rule.subject, subjectHash: rule.subjectHash, retryAfterSeconds: verdict.retryAfterSeconds, at: options.now }).catch(
    (error: unknown) => console.error("[limits] logging a refusal failed:", error),
  );
  return { ok: false, retryAfterSeconds: verdict.retryAfterSeconds, action: rule.action, subject: rule.subject } as LimitVerdict<A | C>;
}

/** Counts one `action` for each subject and refuses nothing: for events weighed by a later `checking` (a card decline). */
export async function countLimitHits<A extends LimitedAction>(db: Executor, action: A, subjects: LimitSubjects<A>, options: { now?: Date } = {}): Promise<void> {
  await addRateLimitHits(db, limitRules(action, subjects), options);
}
