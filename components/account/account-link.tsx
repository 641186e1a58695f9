import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LiveAccountLink } from "./live-account-link";

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 text-sm font-medium hover:bg-brand-soft";

const icon = (
  <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" strokeLinecap="round" />
  </svg>
);

/**
 * "Sign in" for guests, "Account" when signed in: offered in the header, never required. On a
 * cached page (`live`) it turns into "Account" once the browser learns the shopper is signed in.
 */
export async function AccountLink({ signedIn, live = false }: { signedIn: boolean; live?: boolean }) {
  const t = await getTranslations("account");
  if (live) {
    return (
      <LiveAccountLink className={linkClass} labels={{ account: t("link"), signIn: t("signIn") }}>
        {icon}
      </LiveAccountLink>
    );
  }
  return (
    <Link href={signedIn ? "/account" : "/sign-in"} prefetch={false} className={linkClass}>
      {icon}
      <span className="sr-only lg:not-sr-only">{signedIn ? t("link") : t("signIn")}</span>
    </Link>
  );
}
