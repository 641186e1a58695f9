"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { localeFromForm } from "@/lib/i18n/form";
import { asStaff, readField, type AdminFormState } from "./form-state";
import { changeStaffRole, inviteInput, inviteStaff, type StaffChange } from "./staff";

const refusal = (reason: Exclude<StaffChange, { ok: true }>["reason"]) => `staff.errors.${reason}` as const;

/** Invites an address to the admin as staff or admin (admins only), with an invitation mail. */
export async function inviteStaffAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const input = inviteInput.safeParse({ email: readField(form, "email").trim(), role: readField(form, "role") });
    if (!input.success) return { status: "error", message: t("errors.checkFields"), fields: { email: t("staff.errors.email") } };
    const result = await inviteStaff(await getDb(), { ...input.data, actor: { id: member.id, email: member.email }, inviterRole: member.role, locale: localeFromForm(form) });
    return result.ok ? { status: "done", message: t("staff.invited", { email: input.data.email }) } : { status: "error", message: t(refusal(result.reason)) };
  });
}

const roleInput = z.object({ userId: z.string().min(1).max(64), role: z.enum(["shopper", "staff", "admin"]) });

/** Changes a staff member's role, or takes them out of the admin (admins only; never one's own, never the last admin). */
export async function changeRoleAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const input = roleInput.safeParse({ userId: readField(form, "userId"), role: readField(form, "role") });
    if (!input.success) return { status: "error", message: t("errors.checkFields") };
    const result = await changeStaffRole(await getDb(), { ...input.data, actor: { id: member.id, email: member.email }, actorRole: member.role });
    return result.ok ? { status: "done", message: t("staff.changed") } : { status: "error", message: t(refusal(result.reason)) };
  });
}
