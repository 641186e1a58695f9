import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClaimCartForm } from "@/components/cart/claim-cart-form";
import { loadHandoffPreview } from "@/lib/cart/handoff-page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/cart/continue/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "handoff" });
  // The token is a credential: keep it out of search engines and out of Referer headers.
  return { title: t("pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Where a hand-off link or QR code lands: says what will happen, then waits for the shopper's tap. */
export default async function ContinueCartPage({ params }: Props) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const t = await getTranslations("handoff");
  const preview = await loadHandoffPreview({ token });
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      {preview.ok ? (
        <>
          <p>{t("pageIntro", { count: preview.preview.items })}</p>
          <ClaimCartForm token={token} text={{ claim: t("claim"), claiming: t("claiming"), goToCart: t("goToCart") }} />
        </>
      ) : (
        <>
          <p role="alert" className="text-sale">
            {t(`refused.${preview.reason}`)}
          </p>
          <Link href="/cart" className="font-medium text-brand underline">
            {t("goToCart")}
          </Link>
        </>
      )}
    </div>
  );
}
