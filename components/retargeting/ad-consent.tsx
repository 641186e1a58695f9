"use client";

import { useState, useSyncExternalStore } from "react";
import { adConsentFrom, saveAdConsent, type AdConsent } from "@/lib/retargeting/data-layer";

export interface AdConsentText {
  heading: string;
  intro: string;
  legend: string;
  allow: string;
  deny: string;
  save: string;
  saved: string;
  gpc: string;
}

const noChanges = () => () => {};
const globalPrivacyControl = () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/**
 * The shopper's choice about advertising measurement (E7): off until they allow it here, and off
 * whatever they choose while their browser sends Global Privacy Control. Kept in a cookie the
 * page reads, so the cached catalog pages need no per-visitor rendering for it.
 */
export function AdConsentForm({ text }: { text: AdConsentText }) {
  // The cookie and the signal are the browser's: none while the server renders, read once hydrated.
  const stored = useSyncExternalStore(noChanges, () => adConsentFrom(document.cookie), () => null);
  const gpc = useSyncExternalStore(noChanges, globalPrivacyControl, () => false);
  const [picked, setPicked] = useState<AdConsent | null>(null);
  const [saved, setSaved] = useState(false);
  const choice = picked ?? stored ?? "denied";

  return (
    <section id="privacy-choices" aria-labelledby="privacy-choices-heading" className="max-w-3xl space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id="privacy-choices-heading" className="text-2xl font-bold">
        {text.heading}
      </h2>
      <p>{text.intro}</p>
      {gpc ? <p className="font-medium">{text.gpc}</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          saveAdConsent(choice, location.protocol === "https:");
          setSaved(true);
        }}
        className="space-y-3"
      >
        <fieldset className="space-y-1">
          <legend className="font-medium">{text.legend}</legend>
          {(["denied", "granted"] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="adConsent"
                value={value}
                checked={choice === value}
                onChange={() => {
                  setPicked(value);
                  setSaved(false);
                }}
                className="h-5 w-5"
              />
              {value === "granted" ? text.allow : text.deny}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn-secondary">
          {text.save}
        </button>
        <p role="status">{saved ? text.saved : ""}</p>
      </form>
    </section>
  );
}
