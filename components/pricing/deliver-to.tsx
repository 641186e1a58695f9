"use client";

import { useLocale } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useDestinationNote, useShopper, useShopperActions } from "@/components/shopper/shopper-provider";
import { setDeliveryDestination, type DeliverToState } from "@/lib/pricing/actions";

export interface DeliverToText {
  summary: string;
  legend: string;
  country: string;
  postalCode: string;
  update: string;
  updating: string;
  errorCountry: string;
  errorPostalCode: string;
}

/**
 * The shopper's destination: a disclosure in the header (a dropdown from `lg` up, in the flow of the
 * phone menu below) with country and postal code. Works
 * without JavaScript (server action); errors show next to the field and keep what was typed.
 */
export function DeliverTo({
  countries,
  current,
  text,
  idPrefix = "deliver",
  inline = false,
}: {
  /** Distinguishes the header's control from the cart's on one page. */
  idPrefix?: string;
  /** Inline: the form sits in the page flow (cart) instead of a dropdown (header). */
  inline?: boolean;
  countries: { code: string; name: string }[];
  current: { country: string | null; postalCode: string | null };
  text: DeliverToText;
}) {
  const [state, action, pending] = useActionState<DeliverToState, FormData>(setDeliveryDestination, { status: "idle" });
  const details = useRef<HTMLDetailsElement>(null);
  const locale = useLocale();
  // A cached page's header knows the country only; the shopper's own postal code comes later.
  const shopper = useShopper();
  const { refresh, setNote } = useShopperActions();
  const keptNote = useDestinationNote();
  const shown = shopper ? { summary: shopper.text.deliverTo, country: shopper.destination?.country ?? null, postalCode: shopper.destination?.postalCode ?? null } : { summary: text.summary, ...current };
  useEffect(() => {
    if (state.status !== "saved") return;
    setNote(state.note ?? null);
    // A cached page is the shell of the old destination's market: load the new one's (the note is
    // kept for it). A page rendered per request already came back with the new figures.
    if (document.querySelector("main[data-cached-shell]")) location.reload();
    else refresh();
  }, [state, refresh, setNote]);
  const note = (state.status === "saved" && state.note) || keptNote;
  useEffect(() => {
    // A change of currency stays on screen until read; otherwise the dropdown gets out of the way.
    if (state.status === "saved" && !state.note && details.current && !inline) details.current.open = false;
  }, [state, inline]);
  // After a save the fields hold what was saved: the shopper's parts, asked for again, may arrive
  // while the next change is being typed and must not remount the fields under the typing.
  const values =
    state.status === "invalid"
      ? state.values
      : state.status === "saved"
        ? { country: state.country, postalCode: state.postalCode ?? "" }
        : { country: shown.country ?? "", postalCode: shown.postalCode ?? "" };
  const errors = state.status === "invalid" ? state.errors : {};

  return (
    <details
      ref={details}
      className="relative"
      open={inline || state.status === "invalid" || Boolean(note) || undefined}
      onToggle={(event) => {
        if (!event.currentTarget.open && keptNote) setNote(null);
      }}
    >
      <summary className="flex min-h-11 cursor-pointer items-center rounded-md px-2 text-sm hover:bg-brand-soft">{shown.summary}</summary>
      <form
        action={action}
        noValidate
        className={
          inline
            ? "mt-2 space-y-3"
            : "mt-1 space-y-3 rounded-lg border border-line bg-white p-4 lg:absolute lg:end-0 lg:z-20 lg:w-72 lg:shadow-lg"
        }
      >
        <input type="hidden" name="locale" value={locale} />
        {note ? (
          <p role="status" className="rounded-md bg-brand-soft p-2 text-sm">
            {note}
          </p>
        ) : null}
        {/* Remounted when the shopper's own destination arrives, so the fields show it. */}
        <fieldset key={`${values.country}:${values.postalCode}`} className="space-y-3">
          <legend className="font-semibold">{text.legend}</legend>
          <div>
            <label htmlFor={`${idPrefix}-country`} className="mb-1 block text-sm font-medium">
              {text.country}
            </label>
            <select
              id={`${idPrefix}-country`}
              name="country"
              defaultValue={values.country}
              autoComplete="country"
              aria-invalid={errors.country ? true : undefined}
              aria-describedby={errors.country ? `${idPrefix}-country-error` : undefined}
              className="field"
            >
              <option value="" disabled>
                —
              </option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {errors.country ? (
              <p id={`${idPrefix}-country-error`} className="mt-1 text-sm text-sale">
                {text.errorCountry}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor={`${idPrefix}-postal`} className="mb-1 block text-sm font-medium">
              {text.postalCode}
            </label>
            <input
              id={`${idPrefix}-postal`}
              name="postalCode"
              defaultValue={values.postalCode}
              autoComplete="postal-code"
              maxLength={12}
              aria-invalid={errors.postalCode ? true : undefined}
              aria-describedby={errors.postalCode ? `${idPrefix}-postal-error` : undefined}
              className="field"
            />
            {errors.postalCode ? (
              <p id={`${idPrefix}-postal-error`} className="mt-1 text-sm text-sale">
                {text.errorPostalCode}
              </p>
            ) : null}
          </div>
        </fieldset>
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {pending ? text.updating : text.update}
        </button>
      </form>
    </details>
  );
}
