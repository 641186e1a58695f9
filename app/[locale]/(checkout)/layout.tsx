import { setRequestLocale } from "next-intl/server";
import { ChatHelp } from "@/components/chat/chat-help";
import { CheckoutHeader } from "@/components/layout/checkout-header";
import type { Locale } from "@/lib/i18n/locales";


// Rendered per request: these pages show the shopper's own cart, account and order.
export const dynamic = "force-dynamic";

/** The enclosed checkout (A8, H2): its own small header and no footer, nothing between the shopper and paying. */
export default async function CheckoutLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return (
    <>
      <CheckoutHeader />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      {/* Help where doubt costs most: the payment (F1, F4). */}
      <ChatHelp locale={locale} />
    </>
  );
}
