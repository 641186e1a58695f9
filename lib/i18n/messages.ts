import type { Locale } from "./locales";

type Ui = typeof import("../../messages/en/ui.json");
type Surveys = typeof import("../../messages/en/surveys.json");
type AdminPricing = typeof import("../../messages/en/admin-pricing.json");
type AdminCatalog = typeof import("../../messages/en/admin-catalog.json");
type AdminSettings = typeof import("../../messages/en/admin-settings.json");
type AdminAnalytics = typeof import("../../messages/en/admin-analytics.json");
type AdminExperiments = typeof import("../../messages/en/admin-experiments.json");
type Chat = typeof import("../../messages/en/chat.json");
type ChatBot = typeof import("../../messages/en/chat-bot.json");
type AdminInbox = typeof import("../../messages/en/admin-inbox.json");
type AdminSecurity = typeof import("../../messages/en/admin-security.json");

/**
 * Loads one locale's messages: UI strings plus the long-form content pages. The shopper's surveys,
 * live help (chat.json: the widget; chat-bot.json: the bot's answers) and the admin's larger
 * sections keep their strings in files of their own (merged in at the top; admin-*.json under `admin`).
 */
export async function loadMessages(locale: Locale) {
  const [ui, pages, surveys, pricing, catalog, settings, analytics, experiments, chat, chatBot, inbox, security] = await Promise.all([
    import(`../../messages/${locale}/ui.json`).then((m) => m.default as Ui),
    import(`../../messages/${locale}/pages.json`).then((m) => m.default as typeof import("../../messages/en/pages.json")),
    import(`../../messages/${locale}/surveys.json`).then((m) => m.default as Surveys),
    import(`../../messages/${locale}/admin-pricing.json`).then((m) => m.default as AdminPricing),
    import(`../../messages/${locale}/admin-catalog.json`).then((m) => m.default as AdminCatalog),
    import(`../../messages/${locale}/admin-settings.json`).then((m) => m.default as AdminSettings),
    import(`../../messages/${locale}/admin-analytics.json`).then((m) => m.default as AdminAnalytics),
    import(`../../messages/${locale}/admin-experiments.json`).then((m) => m.default as AdminExperiments),
    import(`../../messages/${locale}/chat.json`).then((m) => m.default as Chat),
    import(`../../messages/${locale}/chat-bot.json`).then((m) => m.default as ChatBot),
    import(`../../messages/${locale}/admin-inbox.json`).then((m) => m.default as AdminInbox),
    import(`../../messages/${locale}/admin-security.json`).then((m) => m.default as AdminSecurity),
  ]);
  return { ...ui, ...surveys, ...chat, ...chatBot, admin: { ...ui.admin, ...pricing, ...catalog, ...settings, ...analytics, ...experiments, ...inbox, ...security }, pages };
}

export type Messages = Awaited<ReturnType<typeof loadMessages>>;
