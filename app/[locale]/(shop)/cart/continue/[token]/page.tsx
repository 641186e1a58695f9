import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClaimCartForm } from "@/components/cart/claim-cart-form";
import { ltrTag } from "@/components/ui/ltr";
import { loadHandoffPreview } from "@/lib/cart/handoff-page";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/cart/continue/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "handoff" });
  // The token is a credential: keep it out of search engines and out of Referer headers.
  return { title: t("pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Where a hand-off link, QR code or reminder's restore link lands: says what will happen, then waits for the shopper's tap. */
export default async function ContinueCartPage({ params }: Props) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const t = await getTranslations("handoff");
  const page = await loadHandoffPreview({ token, locale });
  const reminder = (page.ok ? page.preview.channel : page.channel) === "reminder";
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">{reminder ? t("reminderTitle") : t("pageTitle")}</h1>
      {page.ok ? (
        <>
          <p>{reminder ? t("reminderIntro", { count: page.preview.items }) : t("pageIntro", { count: page.preview.items })}</p>
          <ClaimCartForm token={token} text={{ claim: t("claim"), claiming: t("claiming"), goToCart: t("goToCart") }} />
        </>
      ) : (
        <>
          <p role="alert" className={page.next?.kind === "order" ? "" : "text-sale"}>
            {reminder && (page.reason === "expired" || page.reason === "used" || page.reason === "closed") ? t(`reminderRefused.${page.reason}`) : t(`refused.${page.reason}`)}
          </p>
          {page.next?.kind === "order" ? (
            // The signed status link carries its own locale.
            <a href={page.next.href} className="btn-primary inline-flex">
              {t.rich("seeOrder", { number: localizeDigits(page.next.number, locale), ltr: ltrTag })}
            </a>
          ) : page.next?.kind === "sign-in" ? (
            <Link href={page.next.href} className="btn-primary inline-flex">
              {t("signIn")}
            </Link>
          ) : (
            <Link href="/cart" className="font-medium text-brand underline">
              {t("goToCart")}
            </Link>
          )}
        </>
      )}
    </div>
  );
}
