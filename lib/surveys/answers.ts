import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { surveyAnswers } from "@/db/schema";
import { consumeRateLimits, type RateLimitRule } from "@/lib/security/rate-limit";
import type { Locale } from "@/lib/i18n/locales";
import type { AnswerFacts } from "./request";
import type { EffortAnswerInput, ExitAnswerInput } from "./input";

/**
 * Answers per browser and per address (lib/security/rate-limit.ts, shared by every instance). A
 * shopper answers the exit question once a visit and the effort question once an order, so these
 * only stop a script: it is told when to retry and nothing of its flood is stored.
 */
export const surveyLimits = {
  visitor: { limit: 5, windowSeconds: 10 * 60 },
  ip: { limit: 30, windowSeconds: 10 * 60 },
} as const;

const fingerprint = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 22);

export function surveyLimitRules(facts: Pick<AnswerFacts, "visitorId" | "ipKey">): RateLimitRule[] {
  return [
    { ...surveyLimits.visitor, bucket: `surveyAnswer:visitor:${fingerprint(facts.visitorId)}` },
    { ...surveyLimits.ip, bucket: `surveyAnswer:ip:${fingerprint(facts.ipKey)}` },
  ];
}

export type SaveAnswerResult = { ok: true } | { ok: false; reason: "limited"; retryAfterSeconds: number } | { ok: false; reason: "already_answered" };

type Context = AnswerFacts & { locale: Locale; now?: Date };

const row = (facts: Context) => ({
  visitorId: facts.visitorId,
  sessionId: facts.sessionId,
  locale: facts.locale,
  device: facts.device,
  traffic: facts.traffic,
  ...(facts.now ? { at: facts.now } : {}),
});

/** Stores one exit answer (already checked by `checkExitAnswer`), unless this browser or address is over its limit. */
export async function saveExitAnswer(db: Executor, answer: ExitAnswerInput, facts: Context): Promise<SaveAnswerResult> {
  const allowed = await consumeRateLimits(db, surveyLimitRules(facts), { now: facts.now });
  if (!allowed.ok) return { ok: false, reason: "limited", retryAfterSeconds: allowed.retryAfterSeconds };
  await db.insert(surveyAnswers).values({ kind: "exit", page: answer.page, reason: answer.reason, comment: answer.comment, ...row(facts) });
  return { ok: true };
}

/**
 * Stores the effort answer for order `number` (its viewer already checked by the caller), once per
 * order: a second answer changes nothing. Two submits at once serialize on a lock for the order.
 */
export async function saveEffortAnswer(db: Executor, answer: EffortAnswerInput & { number: number }, facts: Context): Promise<SaveAnswerResult> {
  const allowed = await consumeRateLimits(db, surveyLimitRules(facts), { now: facts.now });
  if (!allowed.ok) return { ok: false, reason: "limited", retryAfterSeconds: allowed.retryAfterSeconds };
  const page = String(answer.number);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`survey-effort:${page}`}))`);
    if (await effortAnswered(tx, answer.number)) return { ok: false, reason: "already_answered" } as const;
    await tx.insert(surveyAnswers).values({ kind: "effort", page, score: answer.score, comment: answer.comment, ...row(facts) });
    return { ok: true } as const;
  });
}

/** Whether order `number` has its effort answer already. */
export async function effortAnswered(db: Executor, number: number): Promise<boolean> {
  const [found] = await db
    .select({ id: surveyAnswers.id })
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.kind, "effort"), eq(surveyAnswers.page, String(number))))
    .limit(1);
  return found !== undefined;
}
