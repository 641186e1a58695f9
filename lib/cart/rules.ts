import { z } from "zod";

/** Most units of one variant a cart line can hold, whatever the stock. */
export const maxLineQuantity = 99;

export type CartError =
  | { code: "invalid_input" }
  | { code: "unknown_variant" }
  | { code: "sold_out" }
  | { code: "only_left"; available: number }
  | { code: "limit"; limit: number };

export const lineInputSchema = z.object({
  variantId: z.coerce.number().int().positive().max(2_147_483_647),
  // Digits only: coerced, an empty or mangled field ("", " ", "-0", "0x0") read as 0 and removed the line.
  quantity: z.union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().min(0).max(maxLineQuantity)),
});

/**
 * Whether a line may hold `requested` units: never more than is in stock, never more than the
 * product's per-order limit counting its other variants in the cart (B8: the cart refuses what
 * checkout would refuse). On refusal, `allowed` is the most it could hold instead.
 */
export function checkLineQuantity({
  requested,
  available,
  purchaseLimit,
  sameProductElsewhere,
}: {
  requested: number;
  available: number;
  purchaseLimit: number | null;
  sameProductElsewhere: number;
}): { ok: true } | { ok: false; error: CartError; allowed: number } {
  const byLimit = purchaseLimit === null ? Infinity : Math.max(0, purchaseLimit - sameProductElsewhere);
  const allowed = Math.min(available, byLimit, maxLineQuantity);
  if (requested <= allowed) return { ok: true };
  if (available <= 0) return { ok: false, error: { code: "sold_out" }, allowed: 0 };
  if (byLimit < available && requested > byLimit) return { ok: false, error: { code: "limit", limit: purchaseLimit! }, allowed };
  return { ok: false, error: { code: "only_left", available }, allowed };
}
