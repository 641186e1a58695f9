import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExperimentForm, ExperimentStatusForm } from "@/components/admin/experiment-form";
import { ExperimentResultsView } from "@/components/admin/experiment-results";
import { staffPage } from "@/lib/admin/access";
import { loadExperimentPage } from "@/lib/admin/experiment-pages";
import { experimentFormText } from "@/lib/admin/experiment-text";
import { firstValues } from "@/lib/admin/list-url";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/experiments/[key]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = (await params) as { locale: Locale; key: string };
  const t = await getTranslations({ locale, namespace: "admin.experiments" });
  return { title: t("detailTitle", { key: decodeURIComponent(key) }), robots: { index: false, follow: false } };
}

/** One experiment: its definition (editable while a draft), start and stop, and its results per arm with the verdict. */
export default async function ExperimentPage({ params, searchParams }: Props) {
  const { locale, key } = (await params) as { locale: Locale; key: string };
  setRequestLocale(locale);
  await staffPage();
  const traffic = firstValues(await searchParams).traffic === "all" ? "all" : "human";
  const found = await loadExperimentPage(decodeURIComponent(key), traffic);
  if (!found) notFound();
  const { experiment, results } = found;
  const t = await getTranslations("admin.experiments");
  const date = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short" });
  const percent = new Intl.NumberFormat(localeTags[locale], { style: "percent", maximumFractionDigits: 2 });
  const facts: [string, string][] = [
    [t("form.target"), t(`targets.${experiment.target}.name`)],
    [t("status"), t(`statuses.${experiment.status}`)],
    [t("form.primaryMetric"), t(`metrics.${experiment.primaryMetric}`)],
    [t("form.minimumDetectableEffect"), percent.format(experiment.minimumDetectableEffect / 10_000)],
    ...(experiment.startedAt ? [[t("started"), date.format(experiment.startedAt)] as [string, string]] : []),
    ...(experiment.stoppedAt ? [[t("stoppedAt"), date.format(experiment.stoppedAt)] as [string, string]] : []),
  ];
  return (
    <div className="space-y-6">
      <Link href="/admin/experiments" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{experiment.name}</h1>
        <p className="max-w-3xl">{experiment.hypothesis}</p>
      </div>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 rounded-lg border border-line bg-white p-4 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {experiment.status === "draft" ? <ExperimentStatusForm experimentKey={experiment.key} to="running" label={t("start")} hint={t("startHint")} /> : null}
      {experiment.status === "running" ? <ExperimentStatusForm experimentKey={experiment.key} to="stopped" label={t("stop")} hint={t("stopHint")} /> : null}
      <ExperimentResultsView experiment={experiment} results={results} traffic={traffic} locale={locale} />
      {experiment.status === "draft" ? (
        <ExperimentForm
          isNew={false}
          initial={{
            key: experiment.key,
            name: experiment.name,
            hypothesis: experiment.hypothesis,
            target: experiment.target,
            arms: experiment.arms.map((arm) => ({ key: arm.key, value: arm.value, weight: String(arm.weight) })),
            primaryMetric: experiment.primaryMetric,
            minimumDetectableEffect: String(experiment.minimumDetectableEffect / 100),
            version: experiment.version,
          }}
          text={await experimentFormText(locale, { title: t("editTitle"), submit: t("save") })}
        />
      ) : null}
    </div>
  );
}
