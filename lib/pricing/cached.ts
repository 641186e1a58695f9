import "server-only";
import { getDb } from "@/db";
import { cachedRead } from "@/lib/catalog/cached";
import { nextPromotionChange } from "@/lib/catalog/cache-tags";
import { expirePricingAt } from "@/lib/catalog/page-cache";
import { store } from "@/lib/store/config";
import { loadPricingRules } from "./queries";

const cachedRules = cachedRead("pricing:rules", () => "pricing", async () =>
  loadPricingRules(await getDb(), { currency: store.currency, homeCountry: store.country }),
);

/**
 * Shipping, tax, promotion and market rules, cached in memory until the database announces a
 * change to them; pages showing them are retired when a promotion starts or ends, too.
 */
export async function getPricingRules() {
  const rules = await cachedRules();
  expirePricingAt(nextPromotionChange(rules.promotions, Date.now()));
  return rules;
}
