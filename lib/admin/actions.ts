"use server";

import { after } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { deliverShipped } from "@/lib/checkout/shipped-mail";
import { localeFromForm } from "@/lib/i18n/form";
import { localeTags } from "@/lib/i18n/locales";
import { formatMoney, money, parseMajorUnits } from "@/lib/money";
import { paymentGateway } from "@/lib/payments/gateway";
import type { StaffMember } from "./access";
import { asStaff, readField, type AdminFormState, type AdminWords } from "./form-state";
import { addOrderNote, cancelOrder, fulfilOrder, markOrderPaid, type OrderActionRefusal } from "./order-actions";
import { refundOrder } from "./refunds";

const orderNumber = z.coerce.number().int().min(1).max(999_999_999);
const read = readField;

const refusal = (t: AdminWords, reason: OrderActionRefusal): AdminFormState => ({ status: "error", message: t(`errors.${reason}`) });
const actor = (member: StaffMember) => ({ id: member.id, email: member.email });

export async function markPaidAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const number = orderNumber.safeParse(form.get("number"));
    if (!number.success) return refusal(t, "not_found");
    const result = await markOrderPaid(await getDb(), { number: number.data, actor: actor(member) });
    return result.ok ? { status: "done", message: t("orders.markedPaid") } : refusal(t, result.reason);
  });
}

const fulfilInput = z.object({ carrier: z.string().trim().min(1).max(60), trackingNumber: z.string().trim().min(3).max(60).regex(/^[A-Za-z0-9 -]+$/) });

export async function fulfilAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const number = orderNumber.safeParse(form.get("number"));
    if (!number.success) return refusal(t, "not_found");
    const input = fulfilInput.safeParse({ carrier: read(form, "carrier"), trackingNumber: read(form, "trackingNumber") });
    if (!input.success) {
      const fields: Record<string, string> = {};
      for (const issue of input.error.issues) fields[String(issue.path[0])] = t(issue.path[0] === "carrier" ? "errors.carrier" : "errors.trackingNumber");
      return { status: "error", message: t("errors.checkFields"), fields };
    }
    const db = await getDb();
    const result = await fulfilOrder(db, { number: number.data, ...input.data, actor: actor(member) });
    if (!result.ok) return refusal(t, result.reason);
    // The mail goes after the answer; the worker sends it if this attempt fails.
    after(() => deliverShipped(db, number.data).catch((error: unknown) => console.error("[admin] shipping mail:", error)));
    return { status: "done", message: t("orders.fulfilled") };
  });
}

export async function cancelAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const number = orderNumber.safeParse(form.get("number"));
    if (!number.success) return refusal(t, "not_found");
    const reason = read(form, "reason").trim().slice(0, 500);
    if (!reason) return { status: "error", message: t("errors.checkFields"), fields: { reason: t("errors.reason") } };
    const result = await cancelOrder(await getDb(), { number: number.data, reason, actor: actor(member) });
    return result.ok ? { status: "done", message: t("orders.cancelled") } : refusal(t, result.reason);
  });
}

export async function noteAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const number = orderNumber.safeParse(form.get("number"));
    if (!number.success) return refusal(t, "not_found");
    const text = read(form, "note").trim().slice(0, 2000);
    if (!text) return { status: "error", message: t("errors.checkFields"), fields: { note: t("errors.note") } };
    const result = await addOrderNote(await getDb(), { number: number.data, text, actor: actor(member) });
    return result.ok ? { status: "done", message: t("orders.noted") } : refusal(t, result.reason);
  });
}

const refundKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/**
 * A refund in full or in part. The form carries an idempotency key made when it was shown, so a
 * double submit or a retry after a lost answer is the same refund, never a second one.
 */
export async function refundAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const number = orderNumber.safeParse(form.get("number"));
    const key = refundKey.safeParse(form.get("idempotencyKey"));
    if (!number.success || !key.success) return refusal(t, "not_found");
    const currency = read(form, "currency");
    const amount = /^[A-Z]{3}$/.test(currency) ? parseMajorUnits(read(form, "amount"), currency) : null;
    if (amount === null || amount <= 0) return { status: "error", message: t("errors.checkFields"), fields: { amount: t("errors.amount") } };
    const reason = read(form, "reason").trim().slice(0, 500) || null;
    const result = await refundOrder(await getDb(), await paymentGateway(), { number: number.data, amount, reason, idempotencyKey: key.data, actor: actor(member) });
    if (result.ok) return { status: "done", message: t("orders.refunded") };
    if (result.reason === "too_much") {
      const available = formatMoney(money(result.available ?? 0, currency), localeTags[localeFromForm(form)]);
      return { status: "error", message: t("errors.checkFields"), fields: { amount: t("errors.tooMuch", { available }) } };
    }
    if (result.reason === "gateway_failed") return { status: "error", message: t("errors.gateway_failed", { message: result.message ?? "" }) };
    return { status: "error", message: t(`errors.${result.reason}`) };
  });
}
