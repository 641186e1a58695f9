"use client";

import { createContext, use, useId, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";

interface MenuState {
  open: boolean;
  setOpen: (open: boolean) => void;
  panelId: string;
  button: React.RefObject<HTMLButtonElement | null>;
}

const MenuContext = createContext<MenuState | null>(null);

function useMenu(): MenuState {
  const menu = use(MenuContext);
  if (!menu) throw new Error("HeaderMenuButton and HeaderMenuPanel belong inside HeaderMenu.");
  return menu;
}

/**
 * On phones the header folds the destination and languages behind one disclosure button (the
 * button sits in the top row, the panel below it); from `lg` up the panel is simply shown.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // A new page closes the menu (adjusting state while rendering, as React advises).
  const pathname = usePathname();
  const [pathSeen, setPathSeen] = useState(pathname);
  if (pathSeen !== pathname) {
    setPathSeen(pathname);
    setOpen(false);
  }
  return <MenuContext value={{ open, setOpen, panelId, button }}>{children}</MenuContext>;
}

export function HeaderMenuButton({ label }: { label: string }) {
  const { open, setOpen, panelId, button } = useMenu();
  return (
    <button
      ref={button}
      type="button"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={() => setOpen(!open)}
      className={`flex h-11 w-11 shrink-0 items-center justify-center rounded-md hover:bg-brand-soft lg:hidden ${open ? "bg-brand-soft text-brand" : ""}`}
    >
      <span className="sr-only">{label}</span>
      {/* A globe: where to deliver and in which language. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
      </svg>
    </button>
  );
}

export function HeaderMenuPanel({ children, className }: { children: ReactNode; className: string }) {
  const { open, setOpen, panelId, button } = useMenu();
  return (
    <div
      id={panelId}
      className={`${open ? "flex" : "hidden"} lg:flex ${className}`}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      {children}
    </div>
  );
}
