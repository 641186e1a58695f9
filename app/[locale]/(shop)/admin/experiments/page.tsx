import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExperimentForm } from "@/components/admin/experiment-form";
import { staffPage } from "@/lib/admin/access";
import { loadExperimentList } from "@/lib/admin/experiment-pages";
import { experimentFormText } from "@/lib/admin/experiment-text";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/experiments">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.experiments" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The store's A/B tests (G4): what each varies, whether it runs, how many visitors saw it; a form defines a new one. */
export default async function ExperimentsPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, experiments] = await Promise.all([getTranslations("admin.experiments"), loadExperimentList()]);
  const number = new Intl.NumberFormat(localeTags[locale]);
  const date = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {experiments.length ? (
        <div className="overflow-x-auto rounded-lg border border-line">
          <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{t("name")}</th>
                <th scope="col" className="p-2 text-start">{t("form.target")}</th>
                <th scope="col" className="p-2 text-start">{t("status")}</th>
                <th scope="col" className="p-2 text-start">{t("started")}</th>
                <th scope="col" className="p-2 text-end">{t("visitors")}</th>
              </tr>
            </thead>
            <tbody>
              {experiments.map((experiment) => (
                <tr key={experiment.key} className="border-b border-line">
                  <th scope="row" className="p-2 text-start font-medium">
                    <Link href={`/admin/experiments/${experiment.key}`} className="inline-flex min-h-11 items-center text-brand underline">
                      {experiment.name}
                    </Link>
                  </th>
                  <td className="p-2">{t(`targets.${experiment.target}.name`)}</td>
                  <td className="p-2">{t(`statuses.${experiment.status}`)}</td>
                  <td className="p-2">{experiment.startedAt ? date.format(experiment.startedAt) : "—"}</td>
                  <td className="p-2 text-end">{number.format(experiment.exposures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("none")}</p>
      )}
      <ExperimentForm
        isNew
        initial={{
          key: "",
          name: "",
          hypothesis: "",
          target: "place_order_button",
          arms: [
            { key: "control", value: "placeOrder", weight: "50" },
            { key: "variant", value: "completePurchase", weight: "50" },
          ],
          primaryMetric: "checkout_conversion",
          minimumDetectableEffect: "10",
          version: 0,
        }}
        text={await experimentFormText(locale, { title: t("newTitle"), submit: t("create") })}
      />
    </div>
  );
}
