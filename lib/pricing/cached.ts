import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db";
import { store } from "@/lib/store/config";
import { loadPricingRules } from "./queries";

/** Shipping, tax and promotion rules, cached in memory; invalidate with `revalidateTag(pricingTag)`. */
export const pricingTag = "pricing";

export const getPricingRules = unstable_cache(
  async () => loadPricingRules(await getDb(), { currency: store.currency, homeCountry: store.country }),
  ["pricing:rules"],
  { tags: [pricingTag], revalidate: 300 },
);
