import "server-only";
import { getDb } from "@/db";
import { cachedRead } from "@/lib/catalog/cached";
import { store } from "@/lib/store/config";
import { loadPricingRules } from "./queries";

/** Shipping, tax, promotion and market rules, cached in memory until the database announces a change to them. */
export const getPricingRules = cachedRead(
  "pricing:rules",
  (versions) => versions.pricing(),
  async () => loadPricingRules(await getDb(), { currency: store.currency, homeCountry: store.country }),
);
