"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { cartCookie } from "@/lib/cart/cookie";
import { cartCappedMessage } from "@/lib/cart/messages";
import { changeLine } from "@/lib/cart/queries";
import { currentCart, currentUserId } from "@/lib/cart/visitor";
import { localeFromForm } from "@/lib/i18n/form";
import { isLocale } from "@/lib/i18n/locales";
import { paymentGateway } from "@/lib/payments/gateway";
import { forgetSavedCard, listSavedCards } from "@/lib/payments/saved-cards";
import { signOut } from "./auth";
import { deleteAccount, deleteAddress, getAccountOrder, setUserLocale } from "./queries";

export type AccountActionState = { status: "idle" } | { status: "done"; message: string } | { status: "error"; message: string };

/** Every account action starts here: no session, no action (and nothing is said about why). */
async function signedIn(): Promise<string> {
  const userId = await currentUserId();
  if (!userId) notSignedIn();
  return userId!;
}
function notSignedIn(): never {
  redirect("/en/sign-in");
}

export async function removeAddress(form: FormData): Promise<void> {
  const userId = await signedIn();
  const id = z.uuid().safeParse(form.get("id"));
  if (id.success) await deleteAddress(await getDb(), { userId, id: id.data });
  refresh();
}

/** "Remove" on a saved card: only the signed-in account's own cards can be removed. */
export async function removeCard(form: FormData): Promise<void> {
  const userId = await signedIn();
  const id = z.uuid().safeParse(form.get("id"));
  if (id.success) await forgetSavedCard(await getDb(), await paymentGateway(), { userId, id: id.data });
  refresh();
}

export async function saveLanguage(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  const userId = await signedIn();
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "account" });
  const chosen = form.get("language");
  // Not one of the listed languages (a forged form): said as the checkout says it for any list, not as an email problem.
  if (!isLocale(chosen)) return { status: "error", message: (await getTranslations({ locale, namespace: "checkout" }))("errors.choice") };
  await setUserLocale(await getDb(), { userId, locale: chosen });
  return { status: "done", message: t("languageSaved") };
}

/** "Buy these again": the order's lines go into the cart with the usual stock and limit checks. */
export async function reorder(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  const userId = await signedIn();
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "account" });
  const number = Number(form.get("number"));
  const db = await getDb();
  // An order number is a positive integer column: anything past it names no order (and failed the query).
  const order = Number.isInteger(number) && number > 0 && number <= 999_999_999 ? await getAccountOrder(db, { userId, number }) : null;
  const cart = await currentCart();
  if (!order || !cart) return { status: "error", message: t("notFound") };
  const notes: string[] = [];
  for (const line of order.lines) {
    const result = await changeLine(db, { ...cart, variantId: line.variantId, quantity: line.quantity, mode: "add" });
    if (!result.ok) notes.push(`${line.productName}: ${await cartCappedMessage(result.error, locale)}`);
  }
  refresh();
  return { status: "done", message: [t("reordered"), ...notes].join(" ") };
}

export async function removeAccount(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  const userId = await signedIn();
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "account" });
  if (form.get("confirm") !== "DELETE") return { status: "error", message: t("deleteMismatch") };
  const db = await getDb();
  const gateway = await paymentGateway();
  for (const card of await listSavedCards(db, { userId })) await forgetSavedCard(db, gateway, { userId, id: card.id });
  await deleteAccount(db, { userId });
  (await cookies()).delete(cartCookie.name);
  await signOut({ redirect: false });
  redirect(`/${locale}`);
}
