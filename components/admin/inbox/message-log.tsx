"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The conversation's messages, scrolled to the newest when it opens and when one arrives, unless
 * the staff member has scrolled up to read earlier ones. A log: screen readers hear new messages.
 */
export function MessageLog({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  const log = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  useEffect(() => {
    const element = log.current;
    if (element && atEnd.current) element.scrollTop = element.scrollHeight;
  }, [count]);
  return (
    <div
      ref={log}
      role="log"
      aria-label={label}
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
      }}
      className="max-h-[60vh] min-h-40 overflow-y-auto rounded-lg border border-line bg-white p-3"
    >
      {children}
    </div>
  );
}
