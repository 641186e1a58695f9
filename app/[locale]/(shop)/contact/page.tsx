import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/content/contact-form";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import type { Locale } from "@/lib/i18n/locales";
import { Ltr } from "@/components/ui/ltr";
import { store } from "@/lib/store/config";
import { supportHours } from "@/lib/store/hours";

type Props = PageProps<"/[locale]/contact">;

export async function generateMetadata({ params }: Props) {
  return contentMetadata(((await params) as { locale: Locale }).locale, "contact");
}

export default async function ContactPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "content" });
  const card = (
    <div className="space-y-6">
      <section aria-labelledby="contact-card" className="rounded-lg border border-line bg-white p-5">
        <h2 id="contact-card" className="mb-3 text-lg font-semibold">
          {t("contactCard")}
        </h2>
        <dl className="space-y-3 text-sm">
          <div>
            <dt className="font-semibold">{t("phone")}</dt>
            <dd>
              <a href={store.contact.phoneHref} className="text-brand underline">
                <Ltr>{store.contact.phone}</Ltr>
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("email")}</dt>
            <dd>
              <a href={`mailto:${store.contact.email}`} className="text-brand underline">
                <Ltr>{store.contact.email}</Ltr>
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("hours")}</dt>
            <dd>{supportHours(locale)}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
  return (
    <>
      <ContentPage locale={locale} page="contact" aside={card} />
      <div className="mx-auto mt-4 max-w-5xl">
        <div className="max-w-xl">
          <ContactForm />
        </div>
      </div>
    </>
  );
}
