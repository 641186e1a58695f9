import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/sign-in-form";
import { oauthProviderIds, signIn } from "@/lib/accounts/auth";
import { currentUserId } from "@/lib/cart/visitor";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/sign-in">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("signInTitle"), robots: { index: false, follow: false } };
}

const providerNames: Record<string, string> = { github: "GitHub", google: "Google" };

/** Sign-in by emailed link (and OAuth providers whose keys are set); offered, never required. */
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  if (await currentUserId()) redirect(`/${locale}/account`);
  const [t, tCheckout] = await Promise.all([getTranslations("account"), getTranslations("checkout")]);
  const landing = typeof query.callbackUrl === "string" ? query.callbackUrl : `/${locale}/account`;
  const providers = oauthProviderIds();
  return (
    <div className="mx-auto max-w-md space-y-4 py-10">
      <h1 className="text-3xl font-bold">{t("signInTitle")}</h1>
      <p>{t("signInIntro")}</p>
      {typeof query.error === "string" ? (
        <p role="alert" className="text-sale">
          {t("linkProblem")}
        </p>
      ) : null}
      <SignInForm landing={landing} text={{ email: t("email"), send: t("sendLink"), sending: t("sending"), suggestion: tCheckout.raw("emailSuggestion") as string }} />
      {providers.length ? (
        <div className="space-y-2 border-t border-line pt-4">
          <p className="text-sm text-muted">{t("orContinueWith")}</p>
          {providers.map((id) => (
            <form
              key={id}
              action={async () => {
                "use server";
                await signIn(id, { redirectTo: landing });
              }}
            >
              <button type="submit" className="btn-secondary w-full">
                {t("continueWith", { provider: providerNames[id] ?? id })}
              </button>
            </form>
          ))}
        </div>
      ) : null}
    </div>
  );
}
