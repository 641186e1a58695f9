"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { AdminFormState } from "@/lib/admin/form-state";
import { changeRoleAction, inviteStaffAction } from "@/lib/admin/staff-actions";
import { FormAnswer } from "./form-answer";

type Role = "shopper" | "staff" | "admin";

/** An admin's invitation form: an address and a role; an invitation mail goes out. */
export function InviteForm({ text }: { text: { title: string; email: string; role: string; roles: Record<Role, string>; invite: string } }) {
  const locale = useLocale();
  const [state, invite, pending] = useActionState<AdminFormState, FormData>(inviteStaffAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={invite} aria-labelledby="invite-title" className="space-y-3 rounded-lg border border-line bg-white p-4" key={state.status === "error" ? state.at : state.status} noValidate>
      <h2 id="invite-title" className="text-xl font-bold">
        {text.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="invite-email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        dir="ltr"
        label={text.email}
        defaultValue={typed?.email ?? ""}
        error={state.status === "error" ? (state.fields?.email ?? null) : null}
      />
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block font-medium">
          {text.role}
        </label>
        <select id="invite-role" name="role" defaultValue={typed?.role ?? "staff"} className="field">
          <option value="staff">{text.roles.staff}</option>
          <option value="admin">{text.roles.admin}</option>
        </select>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.invite}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

/** One staff member's role, changed by an admin ("No access" takes them out of the admin). */
export function RoleForm({ userId, role, label, roles, save }: { userId: string; role: Role; label: string; roles: Record<Role, string>; save: string }) {
  const locale = useLocale();
  const [state, change, pending] = useActionState<AdminFormState, FormData>(changeRoleAction, { status: "idle" });
  return (
    <form action={change} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="sr-only">
        {label}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="field">
        {(Object.keys(roles) as Role[]).map((value) => (
          <option key={value} value={value}>
            {roles[value]}
          </option>
        ))}
      </select>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {save}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}
