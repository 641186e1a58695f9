import type { Locale } from "./locales";

/** Loads one locale's messages: UI strings plus the long-form content pages. */
export async function loadMessages(locale: Locale) {
  const [ui, pages] = await Promise.all([
    import(`../../messages/${locale}/ui.json`).then((m) => m.default as typeof import("../../messages/en/ui.json")),
    import(`../../messages/${locale}/pages.json`).then((m) => m.default as typeof import("../../messages/en/pages.json")),
  ]);
  return { ...ui, pages };
}

export type Messages = Awaited<ReturnType<typeof loadMessages>>;
