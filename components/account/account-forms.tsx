"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { removeAccount, reorder, saveLanguage, type AccountActionState } from "@/lib/accounts/account-actions";

const idle: AccountActionState = { status: "idle" };

function Outcome({ state }: { state: AccountActionState }) {
  if (state.status === "idle") return null;
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-sale" : "text-ok"}`}>
      {state.message}
    </p>
  );
}

export function LanguageForm({ current, options, text }: { current: string; options: { code: string; name: string }[]; text: { label: string; save: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveLanguage, idle);
  const [value, setValue] = useState(current);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="account-language" className="block text-sm font-medium">
          {text.label}
        </label>
        <select id="account-language" name="language" value={value} onChange={(e) => setValue(e.target.value)} className="field">
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {text.save}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function ReorderForm({ number, label }: { number: number; label: string }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState(reorder, idle);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="number" value={number} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {label}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function DeleteAccountForm({ text }: { text: { confirm: string; button: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState(removeAccount, idle);
  const [confirm, setConfirm] = useState("");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="delete-confirm" className="block text-sm font-medium">
        {text.confirm}
      </label>
      <input id="delete-confirm" name="confirm" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" className="field max-w-xs" />
      <button type="submit" className="btn-secondary border-sale text-sale" disabled={pending}>
        {text.button}
      </button>
      <Outcome state={state} />
    </form>
  );
}
