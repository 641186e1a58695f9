import { z } from "zod";

/**
 * E5: how far the shopper got before leaving (from the event log): cold browsed only, warm viewed
 * products or added to the cart, hot reached the checkout.
 */
export type Temperature = "cold" | "warm" | "hot";
export type VisitorKind = "new" | "returning";

/**
 * What the reminders do for a segment: the whole sequence, the sequence without its incentive,
 * the first reminder only, or nothing.
 */
export const treatments = ["sequence", "no-incentive", "first-only", "none"] as const;
export type Treatment = (typeof treatments)[number];

export const segmentRuleSchema = z.object({
  when: z.object({ temperature: z.enum(["cold", "warm", "hot"]).optional(), visitor: z.enum(["new", "returning"]).optional() }),
  treatment: z.enum(treatments),
});
export type SegmentRule = z.infer<typeof segmentRuleSchema>;

export interface Segment {
  temperature: Temperature;
  visitor: VisitorKind;
}

/** What the event log says the shopper did with this cart (lib/recovery/segment-queries.ts). */
export interface SegmentFacts {
  reachedCheckout: boolean;
  viewedOrAdded: boolean;
  /** An order placed before, or a visit before the one that made the cart. */
  cameBefore: boolean;
}

export function segmentOf(facts: SegmentFacts): Segment {
  const temperature = facts.reachedCheckout ? "hot" : facts.viewedOrAdded ? "warm" : "cold";
  return { temperature, visitor: facts.cameBefore ? "returning" : "new" };
}

/** The first of the merchant's rules that matches the segment; the whole sequence when none does. */
export function treatmentFor(segment: Segment, rules: readonly SegmentRule[]): Treatment {
  const rule = rules.find(({ when }) => (!when.temperature || when.temperature === segment.temperature) && (!when.visitor || when.visitor === segment.visitor));
  return rule?.treatment ?? "sequence";
}
