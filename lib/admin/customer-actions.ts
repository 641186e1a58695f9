"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { localeFromForm } from "@/lib/i18n/form";
import { paymentGateway } from "@/lib/payments/gateway";
import { deleteCustomer } from "./customers";
import { asStaff, readField, type AdminFormState } from "./form-state";

/** Where the list says a customer was deleted (no one's id or email in the address). */
const deletedPath = (locale: string) => `/${locale}/admin/customers?deleted=1`;

/**
 * "Delete this customer", on their request: staff type the customer's email again to confirm (a
 * mismatch is named next to the field, with what was typed kept). The deletion follows the
 * shopper's own rule (lib/admin/customers.ts); a staff or admin account is refused. Done, it goes
 * to the customers list: the customer's own page no longer exists.
 */
export async function deleteCustomerAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const userId = readField(form, "userId").trim();
    const confirmation = readField(form, "confirmEmail");
    if (!userId || userId.length > 200) return { status: "error", message: t("customers.errors.not_found") };
    if (!confirmation.trim()) return { status: "error", message: t("errors.checkFields"), fields: { confirmEmail: t("customers.errors.confirmEmpty") } };
    const result = await deleteCustomer(await getDb(), { userId, confirmation, gateway: await paymentGateway(), actor: { id: member.id, email: member.email } });
    if (result.ok) redirect(deletedPath(localeFromForm(form)));
    if (result.reason === "mismatch") return { status: "error", message: t("errors.checkFields"), fields: { confirmEmail: t("customers.errors.mismatch") } };
    return { status: "error", message: t(`customers.errors.${result.reason}`) };
  });
}
