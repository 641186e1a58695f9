import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** "Sign in" for guests, "Account" when signed in: offered in the header, never required. */
export async function AccountLink({ signedIn }: { signedIn: boolean }) {
  const t = await getTranslations("account");
  return (
    <Link href={signedIn ? "/account" : "/sign-in"} prefetch={false} className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 text-sm font-medium hover:bg-brand-soft">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21a8 8 0 0 1 16 0" strokeLinecap="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{signedIn ? t("link") : t("signIn")}</span>
    </Link>
  );
}
