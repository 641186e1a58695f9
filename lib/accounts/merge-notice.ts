import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { cartCappedMessage } from "@/lib/cart/messages";
import { variantProductName } from "@/lib/cart/queries";
import type { Locale } from "@/lib/i18n/locales";
import { mergeNoticeCookie } from "./after-sign-in";

const noticeSchema = z
  .array(
    z.object({
      v: z.number().int().positive(),
      k: z.number().int().min(0),
      r: z.union([
        z.object({ code: z.literal("limit"), limit: z.number().int() }),
        z.object({ code: z.literal("only_left"), available: z.number().int() }),
        z.object({ code: z.enum(["sold_out", "unknown_variant", "invalid_input"]) }),
      ]),
    }),
  )
  .max(50);

/** What changed when the guest cart joined the account's at sign-in, worded for the shopper (read from a 10-minute cookie). */
export async function mergeNotice(db: Executor, locale: Locale): Promise<string[]> {
  const raw = (await cookies()).get(mergeNoticeCookie)?.value;
  if (!raw) return [];
  let parsed: z.infer<typeof noticeSchema>;
  try {
    const result = noticeSchema.safeParse(JSON.parse(raw));
    if (!result.success) return [];
    parsed = result.data;
  } catch {
    return [];
  }
  return Promise.all(
    parsed.map(async (change) => `${(await variantProductName(db, { variantId: change.v, locale })) ?? ""}: ${await cartCappedMessage(change.r, locale)}`),
  );
}
