"use client";

import { useEffect, useRef, useState } from "react";

/**
 * How the checkout's sections are laid out (an experiment may vary it, G4): `sections`, the store's
 * own, one page whose sections open in turn; `allOpen`, one page with every section open;
 * `multiStep`, the classic checkout, one step at a time after a summary of the steps done, on by
 * "Continue" only.
 */
export type CheckoutLayout = "sections" | "allOpen" | "multiStep";

/**
 * Which checkout sections are open, done (collapsed to a summary with "Edit", A4) or still to do.
 *
 * In the `sections` layout a section opens as soon as every section before it is valid, so a
 * shopper who types and tabs through never needs "Continue": their Tab simply goes on into the
 * next section, and focus is never moved for them. A valid section collapses once focus moves on
 * into a later section, or when "Continue" is pressed. `onPassed` hears of every collapse (to save
 * and record the funnel), in every layout; `record` marks sections passed some other way (straight
 * to "Pay") and returns the new ones.
 */
export function useSectionFlow<S extends string>({
  sections,
  valid,
  initiallyDone,
  onPassed,
  layout = "sections",
}: {
  sections: readonly S[];
  valid: (section: S) => boolean;
  initiallyDone: () => Set<S>;
  /** `firstTime`: the passed sections never passed before (the funnel records each section once). */
  onPassed: (passed: S[], firstTime: S[]) => void;
  layout?: CheckoutLayout;
}) {
  const [initial] = useState<Set<S>>(initiallyDone);
  const [collapsed, setCollapsed] = useState<Set<S>>(initial);
  // multiStep: the one step on screen.
  const [step, setStep] = useState<S>(() => sections.find((section) => !initial.has(section)) ?? sections[sections.length - 1]!);
  // What a reload or a signed-in shopper brought already done was never "passed" here: not recorded.
  const recorded = useRef<Set<S> | null>(null);
  /** Marks sections recorded; returns those that were not yet. */
  const record = (list: S[]) => {
    recorded.current ??= new Set(initial);
    const first = list.filter((section) => !recorded.current!.has(section));
    for (const section of first) recorded.current.add(section);
    return first;
  };
  const reachable = (section: S) => sections.slice(0, sections.indexOf(section)).every(valid);
  const isOpen = (section: S) =>
    layout === "allOpen" ? true : layout === "multiStep" ? section === step : reachable(section) && (!collapsed.has(section) || !valid(section));
  /** Passed and still valid: a tick in the progress bar; shown as a summary with "Edit" where it is not open. */
  const isDone = (section: S) => collapsed.has(section) && valid(section) && (layout === "allOpen" || !isOpen(section));
  /** Rendered at all: multiStep shows the steps done and the current one, nothing after it. */
  const isShown = (section: S) => layout !== "multiStep" || sections.indexOf(section) <= sections.indexOf(step) || isDone(section);
  const current = layout === "multiStep" ? step : (sections.find((section) => !isDone(section)) ?? sections[sections.length - 1]!);

  const collapse = (passed: S[]) => {
    const newly = passed.filter((section) => !collapsed.has(section) && valid(section));
    if (layout === "multiStep" && passed.length) {
      // On to the first step after the last one passed that is not done (a reload may have done more).
      const done = new Set([...collapsed, ...newly]);
      const last = Math.max(...passed.map((section) => sections.indexOf(section)));
      setStep(sections.find((section, index) => index > last && !(done.has(section) && valid(section))) ?? sections[sections.length - 1]!);
    }
    if (!newly.length) return;
    setCollapsed((previous) => new Set([...previous, ...newly]));
    onPassed(newly, record(newly));
  };
  const expand = (section: S) => {
    if (layout === "multiStep") setStep(section);
    setCollapsed((previous) => {
      const next = new Set(previous);
      next.delete(section);
      return next;
    });
  };

  // A click that moves focus must not collapse what is above it between mousedown and mouseup
  // (the page would shift under the pointer and swallow the click): wait until the click is done.
  const pointerDown = useRef(false);
  const waiting = useRef<S | null>(null);
  const passInto = (section: S) => collapse(sections.slice(0, sections.indexOf(section)));
  const passIntoRef = useRef(passInto);
  useEffect(() => {
    passIntoRef.current = passInto;
  });
  useEffect(() => {
    const down = () => {
      pointerDown.current = true;
    };
    const up = () =>
      setTimeout(() => {
        pointerDown.current = false;
        const section = waiting.current;
        waiting.current = null;
        if (section) passIntoRef.current(section);
      }, 0);
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      document.removeEventListener("pointerup", up, true);
      document.removeEventListener("pointercancel", up, true);
    };
  }, []);
  /** Spread on each section's element: focus arriving in it passes every valid section before it. */
  const sectionProps = (section: S) => ({
    onFocus: () => {
      if (pointerDown.current) waiting.current = section;
      else passInto(section);
    },
  });

  // Newly opened sections are announced (politely): the shopper learns where Tab leads next.
  const open = sections.filter(isOpen);
  const [announced, setAnnounced] = useState<S[]>(open);
  const [opened, setOpened] = useState<S | null>(null);
  const fresh = open.filter((section) => !announced.includes(section));
  if (fresh.length) {
    setAnnounced(open);
    setOpened(fresh[0]!);
  }

  return { layout, isOpen, isDone, isShown, current, collapse, expand, sectionProps, opened, record };
}
