import ms from "ms";
import { z } from "zod";

/** A duration as `ms` writes it, with its unit: "90m", "1h", "3 days". A bare number would be milliseconds, never what a merchant means. */
const durationPattern = /^\d+(\.\d+)?\s*[a-z]+$/i;

const duration = z
  .string()
  .trim()
  .transform((text, context) => {
    const millis = durationPattern.test(text) ? ms(text as ms.StringValue) : undefined;
    if (millis === undefined || !Number.isFinite(millis) || millis <= 0) {
      context.addIssue({ code: "custom", message: `"${text}" is not a duration such as 90m, 1h or 3d` });
      return z.NEVER;
    }
    return millis;
  });

/** The reminder delays after the shopper's last activity, in milliseconds: at least one, each later than the one before. */
export const delayListSchema = z
  .array(duration)
  .min(1, "needs at least one delay, e.g. 1h,24h,72h")
  .refine((delays) => delays.every((delay, step) => step === 0 || delay > delays[step - 1]!), "each delay must be longer than the one before, e.g. 1h,24h,72h");

/** `RECOVERY_DELAYS` as the environment gives it: a comma list such as `1h,24h,72h` (or `2m,4m,6m` for a demo). */
export const delayEnvSchema = z
  .string()
  .transform((list) => list.split(",").map((part) => part.trim()))
  .pipe(delayListSchema);
