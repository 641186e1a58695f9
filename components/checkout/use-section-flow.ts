"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Which checkout sections are open, done (collapsed to a summary with "Edit", A4) or still to do.
 *
 * A section opens as soon as every section before it is valid, so a shopper who types and tabs
 * through never needs "Continue": their Tab simply goes on into the next section, and focus is
 * never moved for them. A valid section collapses once focus moves on into a later section, or
 * when "Continue" is pressed. `onPassed` hears of every collapse (to save and record the funnel);
 * `record` marks sections passed some other way (straight to "Pay") and returns the new ones.
 */
export function useSectionFlow<S extends string>({
  sections,
  valid,
  initiallyDone,
  onPassed,
}: {
  sections: readonly S[];
  valid: (section: S) => boolean;
  initiallyDone: () => Set<S>;
  /** `firstTime`: the passed sections never passed before (the funnel records each section once). */
  onPassed: (passed: S[], firstTime: S[]) => void;
}) {
  const [initial] = useState<Set<S>>(initiallyDone);
  const [collapsed, setCollapsed] = useState<Set<S>>(initial);
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
  const isOpen = (section: S) => reachable(section) && (!collapsed.has(section) || !valid(section));
  const isDone = (section: S) => collapsed.has(section) && valid(section) && !isOpen(section);
  const current = sections.find((section) => !isDone(section)) ?? sections[sections.length - 1]!;

  const collapse = (passed: S[]) => {
    const newly = passed.filter((section) => !collapsed.has(section) && valid(section));
    if (!newly.length) return;
    setCollapsed((previous) => new Set([...previous, ...newly]));
    onPassed(newly, record(newly));
  };
  const expand = (section: S) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      next.delete(section);
      return next;
    });

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

  return { isOpen, isDone, current, collapse, expand, sectionProps, opened, record };
}
