"use server";

import { cookies } from "next/headers";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { localeFromForm } from "@/lib/i18n/form";
import { setCartDestination } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import { requestIsSecure } from "@/lib/visitor/request";
import { getPricingRules } from "./cached";
import { destinationCookie, parseDestinationInput, serializeDestination } from "./destination";

export type DeliverToState =
  | { status: "idle" }
  | { status: "invalid"; values: { country: string; postalCode: string }; errors: { country?: "errorCountry"; postalCode?: "errorPostalCode" } }
  | { status: "saved"; country: string; postalCode: string | null };

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 100) : "";
};

/** "Deliver to": validates the country and postal code, then remembers them in a cookie. */
export async function setDeliveryDestination(_previous: DeliverToState, form: FormData): Promise<DeliverToState> {
  const values = { country: field(form, "country"), postalCode: field(form, "postalCode") };
  const rules = await getPricingRules();
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
  (await cookies()).set(destinationCookie.name, serializeDestination(parsed.destination), {
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
  return { status: "saved", country: parsed.destination.country, postalCode: parsed.destination.postalCode ?? null };
}
