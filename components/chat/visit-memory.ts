/**
 * What the chat remembers for the length of a visit (the tab's sessionStorage): whether its panel
 * was open, the typed message not yet sent, whether help was already offered, and page visits.
 */
const keys = {
  open: "chat:open",
  draft: "chat:draft",
  offered: "chat:help-offered",
  visits: (page: string) => `chat:visits:${page}`,
};

function read(key: string): string | null | undefined {
  try {
    return sessionStorage.getItem(key);
  } catch {
    // Storage refused (private mode, blocked).
    return undefined;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Nothing to remember it in: the chat works for this page all the same.
  }
}

export const panelWasOpen = () => read(keys.open) === "1";
export const rememberPanelOpen = (open: boolean) => write(keys.open, open ? "1" : null);

export const savedDraft = () => read(keys.draft) ?? "";
export const saveDraft = (text: string) => write(keys.draft, text || null);

/** Offered already, or storage refused: better no offer than one on every page. */
export const helpOfferedThisVisit = () => read(keys.offered) !== null;
export const rememberHelpOffered = (moment: string) => write(keys.offered, moment);

/** Counts one more visit to a page in this visit to the store and returns the count. */
export function countPageVisit(page: string): number {
  const count = Number(read(keys.visits(page)) ?? 0) + 1;
  write(keys.visits(page), String(count));
  return count;
}
