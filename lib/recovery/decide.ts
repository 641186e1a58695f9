import type { RecoveryChannel } from "@/db/schema";
import { quietHoursEnd } from "./quiet-hours";
import type { Treatment } from "./segments";
import type { RecoverySettings } from "./settings";

export type StopReason = "ordered" | "emptied" | "unsubscribed" | "no_consent" | "finished" | "no_contact" | "segment";

/** What a step knows about its cart when it comes due, read in the step's transaction. */
export interface StepFacts {
  step: number;
  /** The cart became an order, or an order for it was placed (paid, or to be paid on delivery or by transfer). */
  ordered: boolean;
  /** A card order for the cart is waiting for its payment: it may still go through. */
  paying: boolean;
  /** Items in the cart (a cart merged into another has none left here). */
  itemCount: number;
  /** The checkout's captured email, else the signed-in owner's. */
  email: string | null;
  unsubscribed: boolean;
  marketingConsent: boolean;
  /** The latest change to the cart or its checkout. */
  lastActivityAt: Date;
  /** When the step before went out, if it did. */
  previousSentAt: Date | null;
  /** The shopper's IANA time zone, if their browser told us. */
  timeZone: string | null;
  /** E3: this browser asked for reminders by web push (subscriptions still live). */
  pushSubscribed: boolean;
  /** E3: a mobile number given with "text me a reminder" ticked, and not opted out since. */
  smsPhone: string | null;
  /** E5: what the merchant chose for the cart's segment (lib/recovery/segments.ts). */
  treatment: Treatment;
}

export type StepDecision =
  | { action: "send"; channels: RecoveryChannel[]; incentive: boolean; last: boolean }
  | { action: "wait"; until: Date; reason: "active" | "paying" | "quiet_hours" }
  | { action: "stop"; reason: StopReason };

/** How long a card payment in progress is given before the step looks again (its stock hold lasts 15 minutes). */
const payingRecheckMs = 15 * 60_000;

/**
 * When step `step` is due: its delay after the last activity, and never closer to the step before
 * than the merchant spaced them (a reminder held back by quiet hours does not pull the next one along).
 */
export function stepDueAt(facts: Pick<StepFacts, "step" | "lastActivityAt" | "previousSentAt">, delays: number[]): Date {
  const delay = delays[facts.step - 1]!;
  const afterActivity = facts.lastActivityAt.getTime() + delay;
  if (!facts.previousSentAt || facts.step < 2) return new Date(afterActivity);
  const spacing = delay - delays[facts.step - 2]!;
  return new Date(Math.max(afterActivity, facts.previousSentAt.getTime() + spacing));
}

/** The channels step `step` may use: email within its consent and unsubscribes, push and texts as asked for. */
export function stepChannels(facts: StepFacts, settings: RecoverySettings): RecoveryChannel[] {
  // Without marketing consent only a plain service email may go out: the first, if the merchant allows it.
  const emailAllowed = facts.marketingConsent || (facts.step === 1 && settings.withoutConsent === "first-reminder");
  const channels: RecoveryChannel[] = [];
  if (facts.email && !facts.unsubscribed && emailAllowed) channels.push("email");
  if (facts.pushSubscribed) channels.push("push");
  if (facts.smsPhone) channels.push("sms");
  return channels;
}

/** Why a step has no channel: the email's own reason when it is the only contact. */
function noChannelReason(facts: StepFacts): StopReason {
  if (!facts.email) return "no_contact";
  return facts.unsubscribed ? "unsubscribed" : "no_consent";
}

/** What a due step does now (docs/recovery.md, "The steps"): stop for good, wait until a time, or send. */
export function decideStep(facts: StepFacts, settings: RecoverySettings, now: Date): StepDecision {
  if (facts.ordered) return { action: "stop", reason: "ordered" };
  if (facts.itemCount === 0) return { action: "stop", reason: "emptied" };
  if (facts.treatment === "none") return { action: "stop", reason: "segment" };
  const steps = facts.treatment === "first-only" ? 1 : settings.delays.length;
  if (facts.step > steps) return { action: "stop", reason: "finished" };
  const channels = stepChannels(facts, settings);
  if (channels.length === 0) return { action: "stop", reason: noChannelReason(facts) };
  if (facts.paying) return { action: "wait", until: new Date(now.getTime() + payingRecheckMs), reason: "paying" };

  const due = stepDueAt(facts, settings.delays);
  if (now < due) return { action: "wait", until: due, reason: "active" };
  const quietEnd = quietHoursEnd(now, facts.timeZone ?? settings.storeTimeZone, settings.quietHours);
  if (quietEnd) return { action: "wait", until: quietEnd, reason: "quiet_hours" };

  const last = facts.step === steps;
  // An offer is marketing: only for a shopper who agreed to it (marketing email, or asked for push or texts).
  const agreed = facts.marketingConsent || facts.pushSubscribed || facts.smsPhone !== null;
  const incentive = last && facts.step > 1 && agreed && settings.incentive !== null && facts.treatment === "sequence";
  return { action: "send", channels, last, incentive };
}

/** When the step after this one is due, if it is sent now. */
export function nextStepDueAt(facts: Pick<StepFacts, "step" | "lastActivityAt">, delays: number[], now: Date): Date {
  return stepDueAt({ step: facts.step + 1, lastActivityAt: facts.lastActivityAt, previousSentAt: now }, delays);
}
