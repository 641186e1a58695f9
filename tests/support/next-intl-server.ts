import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * `next-intl/server` for code under test outside a request: the store's real messages in the asked
 * locale. Use with `vi.mock("next-intl/server", () => import("../support/next-intl-server"))`.
 */
export async function getTranslations({ locale, namespace }: { locale: string; namespace?: string }) {
  return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: await loadMessages(locale as Locale) });
}
