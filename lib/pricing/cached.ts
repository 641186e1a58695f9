import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db";
import { catalogVersions } from "@/lib/catalog/cached";
import { store } from "@/lib/store/config";
import { loadPricingRules } from "./queries";

/** Shipping, tax, promotion and market rules, cached in memory until the database announces a change to them. */
const cachedPricingRules = unstable_cache(
  async (_version: string) => loadPricingRules(await getDb(), { currency: store.currency, homeCountry: store.country }),
  ["pricing:rules"],
  { revalidate: 3600 },
);

export async function getPricingRules() {
  return cachedPricingRules((await catalogVersions()).pricing());
}
