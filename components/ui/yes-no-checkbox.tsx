"use client";

import { useState } from "react";
import { CheckboxField } from "./checkbox-field";

/** A checkbox whose form field says "yes" or "no" either way (an unticked box sends nothing), starting as `initial`. */
export function YesNoCheckbox({ name, label, initial }: { name: string; label: string; initial: boolean }) {
  const [on, setOn] = useState(initial);
  return (
    <>
      <CheckboxField label={label} name={`${name}Box`} checked={on} onChange={setOn} />
      <input type="hidden" name={name} value={on ? "yes" : "no"} />
    </>
  );
}
