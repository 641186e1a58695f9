import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { SignInLinkMail, signInLinkSubject } from "@/lib/mail/templates/sign-in-link";
import { mailTranslator } from "@/lib/mail/translator";

/** The shopper's language, read from where the link will land (`callbackUrl=/fa/account`). */
function localeOfLink(url: string): Locale {
  try {
    const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
    const segment = new URL(callback, "http://x").pathname.split("/")[1];
    return isLocale(segment) ? segment : "en";
  } catch {
    return "en";
  }
}

/** The link goes out in the account's chosen language, else the language of the page it was asked from. */
export async function sendSignInLink({ email, url, expires }: { email: string; url: string; expires: Date }) {
  const db = await getDb();
  const [account] = await db.select({ locale: users.locale }).from(users).where(eq(users.email, email));
  const locale = isLocale(account?.locale) ? account.locale : localeOfLink(url);
  const translator = await mailTranslator(locale);
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  await sendMail(db, {
    to: email,
    subject: signInLinkSubject(translator.t),
    template: "sign-in-link",
    locale,
    body: SignInLinkMail({ ...translator, url, minutes: new Intl.NumberFormat(localeTags[locale]).format(minutes) }),
  });
}
