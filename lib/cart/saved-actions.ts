"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { localeFromForm } from "@/lib/i18n/form";
import { cartErrorMessage } from "./messages";
import { moveSavedToCart, removeSaved, saveLineForLater, toggleWishlist } from "./saved";
import { listOwner } from "./owner";
import { currentCart, keepCart } from "./visitor";

export type ItemActionState = { status: "idle" } | { status: "done"; on?: boolean } | { status: "error"; message: string };

const id = z.coerce.number().int().positive().max(2_147_483_647);

async function context(form: FormData, field: "variantId" | "productId") {
  const parsed = id.safeParse(form.get(field));
  const cart = await currentCart();
  return parsed.success && cart ? { cart, visitorId: listOwner(cart), id: parsed.data, locale: localeFromForm(form), db: await getDb() } : null;
}

export async function saveForLater(_previous: ItemActionState, form: FormData): Promise<ItemActionState> {
  const c = await context(form, "variantId");
  if (!c || !(await saveLineForLater(c.db, { ...c.cart, variantId: c.id }))) {
    return { status: "error", message: await cartErrorMessage({ code: "invalid_input" }, localeFromForm(form)) };
  }
  await track("cart_save_for_later", { variantId: c.id }, { locale: c.locale });
  refresh();
  return { status: "done" };
}

export async function moveToCart(_previous: ItemActionState, form: FormData): Promise<ItemActionState> {
  const c = await context(form, "variantId");
  const result = c ? await moveSavedToCart(c.db, { ...c.cart, variantId: c.id }) : null;
  if (!c || !result) return { status: "error", message: await cartErrorMessage({ code: "invalid_input" }, localeFromForm(form)) };
  if (!result.ok) return { status: "error", message: await cartErrorMessage(result.error, c.locale) };
  await keepCart(c.cart, result.cartId);
  await track("cart_move_to_cart", { variantId: c.id }, { locale: c.locale });
  refresh();
  return { status: "done" };
}

export async function removeSavedItem(_previous: ItemActionState, form: FormData): Promise<ItemActionState> {
  const c = await context(form, "variantId");
  if (c) await removeSaved(c.db, { visitorId: c.visitorId, variantId: c.id });
  refresh();
  return { status: "done" };
}

export async function toggleWishlistItem(_previous: ItemActionState, form: FormData): Promise<ItemActionState> {
  const c = await context(form, "productId");
  if (!c) return { status: "error", message: await cartErrorMessage({ code: "unknown_variant" }, localeFromForm(form)) };
  const on = await toggleWishlist(c.db, { visitorId: c.visitorId, productId: c.id });
  await track(on ? "wishlist_add" : "wishlist_remove", { productId: c.id }, { locale: c.locale });
  refresh();
  return { status: "done", on };
}
