"use server";

import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { currencyLabel } from "@/lib/markets/currency-label";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { marketFor } from "@/lib/markets/market-for";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { localeFromForm } from "@/lib/i18n/form";
import { setCartDestination } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import { requestIsSecure } from "@/lib/visitor/request";
import { getPricingRules } from "./cached";
import { destinationCookie, parseDestinationInput, readDestinationCookie, serializeDestination } from "./destination";
import type { PricingRules } from "./types";

export type DeliverToState =
  | { status: "idle" }
  | { status: "invalid"; values: { country: string; postalCode: string }; errors: { country?: "errorCountry"; postalCode?: "errorPostalCode" } }
  | { status: "saved"; country: string; postalCode: string | null; note?: string };

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 100) : "";
};

/** "Deliver to": validates the country and postal code, then remembers them in a cookie. */
export async function setDeliveryDestination(_previous: DeliverToState, form: FormData): Promise<DeliverToState> {
  const values = { country: field(form, "country"), postalCode: field(form, "postalCode") };
  const rules = await getPricingRules();
  const cookieStore = await cookies();
  const before = readDestinationCookie(cookieStore.get(destinationCookie.name)?.value, rules.zones);
  const parsed = parseDestinationInput(values, rules.zones);
  if (!parsed.ok) {
    return {
      status: "invalid",
      values,
      errors: {
        ...(parsed.errors.country ? { country: "errorCountry" as const } : {}),
        ...(parsed.errors.postalCode ? { postalCode: "errorPostalCode" as const } : {}),
      },
    };
  }
  cookieStore.set(destinationCookie.name, serializeDestination(parsed.destination), {
    httpOnly: true,
    sameSite: "lax",
    secure: await requestIsSecure(),
    maxAge: destinationCookie.maxAgeSeconds,
    path: "/",
  });
  await track("destination_set", { country: parsed.destination.country, withPostalCode: Boolean(parsed.destination.postalCode) }, { locale: localeFromForm(form) });
  const cart = await currentCart();
  if (cart) {
    const { country, postalCode = null, region = null } = parsed.destination;
    await setCartDestination(await getDb(), { ...cart, destination: { country, postalCode, region } });
  }
  const note = await currencyNote(rules, before?.country ?? null, parsed.destination.country, localeFromForm(form));
  return { status: "saved", country: parsed.destination.country, postalCode: parsed.destination.postalCode ?? null, ...(note ? { note } : {}) };
}

/** "Prices are now in euros (EUR) for delivery to Germany.", when the new destination pays in another currency. */
async function currencyNote(rules: PricingRules, from: string | null, to: string, locale: Locale): Promise<string | null> {
  const next = marketFor(rules.markets, to);
  if (marketFor(rules.markets, from).currency === next.currency) return null;
  const t = await getTranslations({ locale, namespace: "delivery" });
  return t("currencyChanged", { currency: currencyLabel(next.currency, locale), country: countryName(to, locale) });
}
