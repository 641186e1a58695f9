import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UnsubscribeForm } from "@/components/recovery/unsubscribe-form";
import { ltrTag } from "@/components/ui/ltr";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { loadUnsubscribePage } from "@/lib/recovery/unsubscribe-page";

type Props = PageProps<"/[locale]/unsubscribe/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  // The token names an address: keep it out of search engines and Referer headers.
  return { title: t("pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Where a reminder's "Unsubscribe" link lands: the address (masked) and one button; receipts still come. */
export default async function UnsubscribePage({ params }: Props) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const t = await getTranslations("unsubscribe");
  const page = await loadUnsubscribePage({ token });
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      {page.status === "invalid" ? (
        <p role="alert" className="text-sale">
          {t("invalid")}
        </p>
      ) : page.status === "unsubscribed" ? (
        <p role="status">{t.rich("already", { email: page.email, ltr: ltrTag })}</p>
      ) : (
        <>
          <p>{t.rich("intro", { email: page.email, ltr: ltrTag })}</p>
          <UnsubscribeForm
            token={token}
            text={{ button: t("button"), pending: t("pending"), done: t.rich("done", { email: page.email, ltr: ltrTag }), invalid: t("invalid"), failed: t("failed") }}
          />
        </>
      )}
      <Link href="/" className="inline-block font-medium text-brand underline">
        {t("continueShopping")}
      </Link>
    </div>
  );
}
