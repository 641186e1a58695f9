"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { toLatinDigits } from "@/lib/i18n/digits";
import { localeFromForm } from "@/lib/i18n/form";
import { retryMinutes } from "@/lib/security/rate-limit";
import { currentIpKey } from "@/lib/security/request-ip";
import { checkEmail } from "./fields";
import { orderStatusPath } from "./order-access";
import { lookUpGuestOrder } from "./order-lookup";

export type LookupState = { status: "idle" } | { status: "error"; field: "number" | "email" | null; message: string };

/** Finds a guest's order by number and email (a limited number of tries) and opens its signed status page. */
export async function lookUpOrder(_previous: LookupState, form: FormData): Promise<LookupState> {
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "order" });
  const rawNumber = toLatinDigits(String(form.get("number") ?? "")).trim().slice(0, 20);
  const email = String(form.get("email") ?? "").trim().slice(0, 320);
  if (!/^\d{6,9}$/.test(rawNumber)) return { status: "error", field: "number", message: t("lookupNumberInvalid") };
  if (checkEmail(email)) return { status: "error", field: "email", message: t("lookupNotFound") };
  const found = await lookUpGuestOrder(await getDb(), { number: Number(rawNumber), email, ipKey: await currentIpKey() });
  if (!found.ok && found.reason === "limited") {
    return { status: "error", field: null, message: t("lookupTooMany", { minutes: retryMinutes(found.retryAfterSeconds) }) };
  }
  if (!found.ok) return { status: "error", field: null, message: t("lookupNotFound") };
  redirect(await orderStatusPath(locale, found.order.number, found.order.email));
}
