import type { Locale } from "./locales";

type Ui = typeof import("../../messages/en/ui.json");
type AdminPricing = typeof import("../../messages/en/admin-pricing.json");
type AdminCatalog = typeof import("../../messages/en/admin-catalog.json");
type AdminSettings = typeof import("../../messages/en/admin-settings.json");

/**
 * Loads one locale's messages: UI strings plus the long-form content pages. The admin's larger
 * sections keep their strings in files of their own (admin-*.json), merged under `admin`.
 */
export async function loadMessages(locale: Locale) {
  const [ui, pages, pricing, catalog, settings] = await Promise.all([
    import(`../../messages/${locale}/ui.json`).then((m) => m.default as Ui),
    import(`../../messages/${locale}/pages.json`).then((m) => m.default as typeof import("../../messages/en/pages.json")),
    import(`../../messages/${locale}/admin-pricing.json`).then((m) => m.default as AdminPricing),
    import(`../../messages/${locale}/admin-catalog.json`).then((m) => m.default as AdminCatalog),
    import(`../../messages/${locale}/admin-settings.json`).then((m) => m.default as AdminSettings),
  ]);
  return { ...ui, admin: { ...ui.admin, ...pricing, ...catalog, ...settings }, pages };
}

export type Messages = Awaited<ReturnType<typeof loadMessages>>;
