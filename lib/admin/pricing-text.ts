import "server-only";
import { getTranslations } from "next-intl/server";
import type { MethodFormText, MethodFormValues } from "@/components/admin/shipping-method-form";
import type { PromotionFormText } from "@/components/admin/promotion-form";
import type { WarehouseFormText } from "@/components/admin/warehouse-form";
import type { ZoneFormText } from "@/components/admin/shipping-zone-form";
import type { Locale } from "@/lib/i18n/locales";
import { money, toDecimalString } from "@/lib/money";
import type { RateTier } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";
import { maxTiers } from "./pricing-checks";
import type { AdminShippingMethod } from "./shipping-rules";

/** An amount in the store's currency as a form shows it ("12.50"); "" for none. */
export const amountText = (amount: number | null) => (amount === null ? "" : toDecimalString(money(amount, store.currency)));

/** A zone's form words in the staff member's language. */
export async function zoneFormText(locale: Locale, { title, submit }: { title: string; submit: string }): Promise<ZoneFormText> {
  const t = await getTranslations({ locale, namespace: "admin.pricing.zones" });
  return {
    title,
    submit,
    id: t("id"),
    idHint: t("idHint"),
    countries: t("countriesLabel"),
    countriesHint: t("countriesHint"),
    domestic: t("domesticLabel"),
    position: t("position"),
    positionHint: t("positionHint"),
  };
}

export async function methodFormText(locale: Locale, submit: string): Promise<MethodFormText> {
  const t = await getTranslations({ locale, namespace: "admin.pricing.methods" });
  const rows = Array.from({ length: maxTiers }, (_, row) => row + 1);
  return {
    submit,
    service: t("service"),
    services: { standard: t("services.standard"), express: t("services.express") },
    carrier: t("carrier"),
    tiers: t("tiers", { currency: store.currency }),
    tiersHint: t("tiersHint"),
    tierBelow: rows.map((index) => t("tierBelow", { index })),
    tierAmount: rows.map((index) => t("tierAmount", { index })),
    freeOver: t("freeOverLabel", { currency: store.currency }),
    freeOverHint: t("freeOverHint"),
    transitMin: t("transitMin"),
    transitMax: t("transitMax"),
    position: t("position"),
    remove: t("remove"),
  };
}

/** Tier rows for a method's form: its tiers and two spare rows (at least three, at most `maxTiers`). */
export function tierRows(rate: RateTier[]): MethodFormValues["tiers"] {
  const rows = rate.map((tier) => ({ below: amountText(tier.below), amount: amountText(tier.amount) }));
  const count = Math.min(maxTiers, Math.max(3, rows.length + 2));
  while (rows.length < count) rows.push({ below: "", amount: "" });
  return rows;
}

export function methodFormValues(method: AdminShippingMethod): MethodFormValues {
  return {
    id: method.id,
    zoneId: method.zoneId,
    service: method.service,
    carrier: method.carrier,
    tiers: tierRows(method.rate),
    freeOver: amountText(method.freeOver),
    transitDaysMin: String(method.transitDaysMin),
    transitDaysMax: String(method.transitDaysMax),
    position: String(method.position),
  };
}

export async function warehouseFormText(locale: Locale): Promise<WarehouseFormText> {
  const t = await getTranslations({ locale, namespace: "admin.pricing.warehouse" });
  return {
    title: t("settingsTitle"),
    timeZone: t("timeZone"),
    timeZoneHint: t("timeZoneHint"),
    cutoff: t("cutoff"),
    cutoffHint: t("cutoffHint"),
    handlingDays: t("handlingDays"),
    handlingDaysHint: t("handlingDaysHint"),
    submit: t("save"),
  };
}

export async function promotionFormText(locale: Locale, { title, submit, timeZone }: { title: string; submit: string; timeZone: string }): Promise<PromotionFormText> {
  const t = await getTranslations({ locale, namespace: "admin.pricing.promotions" });
  return {
    title,
    submit,
    id: t("id"),
    idHint: t("idHint"),
    percentOff: t("percentOff"),
    categories: t("categories"),
    categoriesHint: t("categoriesHint"),
    startsAt: t("startsAt", { timeZone }),
    endsAt: t("endsAt", { timeZone }),
  };
}
