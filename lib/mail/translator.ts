import { createTranslator } from "next-intl";
import { directionOf, localeTags, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { store } from "@/lib/store/config";
import { supportHours } from "@/lib/store/hours";

export interface MailTranslator {
  t: (key: MailMessageKey, values?: Record<string, string | number>) => string;
  lang: string;
  dir: "ltr" | "rtl";
  footer: string;
}

type MailMessageKey = keyof Awaited<ReturnType<typeof loadMessages>>["mail"];

/** Messages for one email in the recipient's language, with the store's contact footer. */
export async function mailTranslator(locale: Locale): Promise<MailTranslator> {
  const messages = await loadMessages(locale);
  const translate = createTranslator({ locale, messages, namespace: "mail" });
  const t: MailTranslator["t"] = (key, values) =>
    translate(key, { storeName: store.name, hours: supportHours(locale), ...values } as never);
  return {
    t,
    lang: localeTags[locale],
    dir: directionOf(locale),
    footer: t("footer", { email: store.contact.email, phone: store.contact.phone }),
  };
}
