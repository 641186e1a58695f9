import "server-only";
import { getDb } from "@/db";
import { cachedRead } from "@/lib/catalog/cached";
import { nextPromotionChange } from "@/lib/catalog/cache-tags";
import { expirePricingAt } from "@/lib/catalog/page-cache";
import { store } from "@/lib/store/config";
import { loadPricingRules } from "./queries";

/**
 * Shipping, tax, promotion and market rules, cached in memory until the database announces a
 * change to them; pages showing them are retired when a promotion starts or ends, too. The timer
 * is set on each read from the database: when it fires, the expired tag makes the next call read
 * again, which sets the timer for the moment after.
 */
export const getPricingRules = cachedRead("pricing:rules", () => "pricing", async () => {
  const rules = await loadPricingRules(await getDb(), { currency: store.currency, homeCountry: store.country });
  expirePricingAt(nextPromotionChange(rules.promotions, Date.now()));
  return rules;
});
