"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ShopperRequest, ShopperState } from "@/lib/shopper/state";
import { visitCookie } from "@/lib/visitor/cookie";

type PageParts = Pick<ShopperRequest, "view" | "product">;

interface ShopperContextValue {
  state: ShopperState | null;
  /** A note about a new destination ("Prices are now in euros…") and the page it was given on. */
  note: { text: string; path: string } | null;
  /** Keeps the note on screen although the page is rendered again for the new destination's market. */
  setNote(text: string | null): void;
  /** A page's own parts (its view, the product whose delivery box it shows): asks again with them. */
  show(parts: PageParts): void;
  /** The page that showed its parts is gone. */
  leave(): void;
  /** Asks again after something changed them (a new destination, the cart in another tab). */
  refresh(): void;
}

const ShopperContext = createContext<ShopperContextValue | null>(null);

/** The shopper's personal parts as the server last told them; null until the first answer. */
export function useShopper(): ShopperState | null {
  return useContext(ShopperContext)?.state ?? null;
}

const noActions = { show: () => {}, leave: () => {}, refresh: () => {}, setNote: () => {} };

export function useShopperActions(): Omit<ShopperContextValue, "state" | "note"> {
  return useContext(ShopperContext) ?? noActions;
}

/** The destination note given on this page, if any. */
export function useDestinationNote(): string | null {
  const note = useContext(ShopperContext)?.note;
  return note && note.path === location.pathname ? note.text : null;
}

const noteKey = "destination-note";

let visitMarked = false;

/** True on the first page of a visit (no visit cookie yet), and marks the visit as started. */
function startVisit(): boolean {
  if (visitMarked) return false;
  visitMarked = true;
  if (document.cookie.split("; ").some((c) => c.startsWith(`${visitCookie}=`))) return false;
  document.cookie = `${visitCookie}=1; path=/; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
  return true;
}

/**
 * Fetches what a cached page cannot carry (POST /api/shopper) once per page, and again when the
 * cart changes on another tab or device (D3): the live stream says so and the page re-renders too.
 */
export function ShopperProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const router = useRouter();
  const [state, setState] = useState<ShopperState | null>(null);
  const [note, setNoteState] = useState<ShopperContextValue["note"]>(null);
  // Kept for the session: a cached page reloads as the new destination's (see DeliverTo).
  useEffect(() => {
    const kept = sessionStorage.getItem(noteKey);
    // After hydration on purpose: the server cannot know what this tab's session holds.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (kept) setNoteState(JSON.parse(kept) as ShopperContextValue["note"]);
  }, []);
  const setNote = useCallback((text: string | null) => {
    const next = text ? { text, path: location.pathname } : null;
    if (next) sessionStorage.setItem(noteKey, JSON.stringify(next));
    else sessionStorage.removeItem(noteKey);
    setNoteState(next);
  }, []);
  const parts = useRef<PageParts>({});
  const asked = useRef(false);
  const latest = useRef(0);

  const ask = useCallback(
    async (body: Omit<ShopperRequest, "locale">) => {
      const ticket = ++latest.current;
      try {
        const response = await fetch("/api/shopper", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ locale, path: location.pathname, ...body }),
        });
        if (!response.ok || ticket !== latest.current) return;
        setState((await response.json()) as ShopperState);
      } catch {
        // Offline or the server is restarting: the page keeps what it shows.
      }
    },
    [locale],
  );

  const show = useCallback(
    (next: PageParts) => {
      parts.current = { product: next.product };
      asked.current = true;
      void ask({ ...next, newVisit: startVisit() });
    },
    [ask],
  );
  const leave = useCallback(() => {
    parts.current = {};
  }, []);
  const refresh = useCallback(() => void ask({ product: parts.current.product }), [ask]);

  // A page's own effects run before this one: if it asked already, nothing more to ask.
  useEffect(() => {
    if (!asked.current) void ask({ newVisit: startVisit() });
  }, [ask]);

  useEffect(() => {
    const source = new EventSource("/api/cart/stream");
    source.addEventListener("cart", () => {
      refresh();
      router.refresh();
    });
    return () => source.close();
  }, [refresh, router]);

  const value = useMemo(() => ({ state, note, setNote, show, leave, refresh }), [state, note, setNote, show, leave, refresh]);
  return <ShopperContext.Provider value={value}>{children}</ShopperContext.Provider>;
}
