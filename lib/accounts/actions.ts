"use server";

import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { cartCookie } from "@/lib/cart/cookie";
import { currentVisitorId } from "@/lib/cart/visitor";
import { checkEmail } from "@/lib/checkout/fields";
import { hasOrderAccess } from "@/lib/checkout/order-access";
import { getOrderView } from "@/lib/checkout/order-view";
import { localeFromForm } from "@/lib/i18n/form";
import { locales, type Locale } from "@/lib/i18n/locales";
import { retryMinutes } from "@/lib/security/rate-limit";
import { currentIpKey } from "@/lib/security/request-ip";
import { signIn, signOut } from "./auth";
import { emailIdentifier } from "./email-identifier";
import { runSignIn } from "./sign-in-limits";

export type SignInState =
  | { status: "idle"; email?: string }
  | { status: "sent"; email: string; message: string }
  | { status: "error"; email: string; message: string };

const storePath = new RegExp(`^/(${locales.join("|")})(/[\\w\\-/?=&.%]*)?$`);

/** Only same-site paths under one of the store's languages may be where a sign-in lands. */
function safeLanding(value: FormDataEntryValue | null, locale: Locale): string {
  const path = typeof value === "string" ? value : "";
  return storePath.test(path) && !path.startsWith("//") ? path : `/${locale}/account`;
}

/** Sends a magic link (limited per address, IP and browser); never reveals whether an account exists. */
async function requestLink(email: string, locale: Locale, landing: string): Promise<SignInState> {
  const t = await getTranslations({ locale, namespace: "account" });
  const error = checkEmail(email);
  const normalized = emailIdentifier(email);
  if (error || !normalized) return { status: "error", email, message: error?.code === "too_long" ? t("emailTooLong") : t("emailInvalid") };
  const requester = { ipKey: await currentIpKey(), visitorId: await currentVisitorId() };
  try {
    const outcome = await runSignIn(requester, () => signIn("email", { email: normalized, redirect: false, redirectTo: landing }));
    if (outcome.refusal) {
      const minutes = retryMinutes(outcome.refusal.retryAfterSeconds);
      return { status: "error", email, message: t(outcome.refusal.subject === "email" ? "tooManyForEmail" : "tooManyRequests", { minutes }) };
    }
  } catch (failure) {
    console.error("[accounts] sending a sign-in link failed:", failure);
    return { status: "error", email, message: t("sendFailed") };
  }
  return { status: "sent", email: normalized, message: t("linkSent", { email: normalized }) };
}

export async function requestSignInLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = localeFromForm(form);
  const raw = form.get("email");
  const email = typeof raw === "string" ? raw.slice(0, 400).trim() : "";
  return requestLink(email, locale, safeLanding(form.get("landing"), locale));
}

/**
 * "Save my details for next time" (A2) on the order confirmation: no password, no form — a sign-in
 * link goes to the order's email; following it creates the account and attaches the order.
 */
export async function saveDetailsFromOrder(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = localeFromForm(form);
  const number = Number(form.get("number"));
  const key = String(form.get("key") ?? "").slice(0, 100);
  const t = await getTranslations({ locale, namespace: "account" });
  // An order number is a positive integer column: anything past it names no order (and failed the query).
  const order = Number.isInteger(number) && number > 0 && number <= 999_999_999 ? await getOrderView(await getDb(), { number }) : null;
  if (!order || !(await hasOrderAccess(order.number, order.email, key))) return { status: "error", email: "", message: t("emailInvalid") };
  return requestLink(order.email, locale, `/${locale}/account?welcome=1`);
}

export async function signOutThisDevice(form: FormData): Promise<void> {
  const locale = localeFromForm(form);
  // The account's cart stays with the account; this device starts a fresh guest cart.
  (await cookies()).delete(cartCookie.name);
  await signOut({ redirect: false });
  redirect(`/${locale}`);
}
