import { getTranslations } from "next-intl/server";
import type { AnalyticsView } from "@/lib/analytics/admin-page";
import { trafficKinds, trafficSources } from "@/lib/analytics/session";
import { localeTags, locales, type Locale } from "@/lib/i18n/locales";

/**
 * The view as a GET form: the URL holds it, so a view can be bookmarked, shared and reloaded. A
 * refused value stays as typed, with the reason next to its field.
 */
export async function AnalyticsFilters({
  locale,
  view,
  markets,
  problem,
}: {
  locale: Locale;
  view: AnalyticsView;
  markets: string[];
  problem: { field: "from" | "to" | "filters"; message: string } | null;
}) {
  const t = await getTranslations({ locale, namespace: "admin.analytics" });
  const languages = new Intl.DisplayNames([localeTags[locale]], { type: "language" });
  const invalid = (field: "from" | "to" | "filters") => (problem?.field === field ? { "aria-invalid": true, "aria-describedby": `analytics-${field}-error analytics-dates-hint` } : { "aria-describedby": "analytics-dates-hint" });
  const error = (field: "from" | "to" | "filters") =>
    problem?.field === field ? (
      <p id={`analytics-${field}-error`} className="text-sm font-medium text-red-700">
        {problem.message}
      </p>
    ) : null;
  const select = (name: "device" | "locale" | "market" | "source", options: { value: string; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`analytics-${name}`} className="block font-medium">
        {t(name)}
      </label>
      <select id={`analytics-${name}`} name={name} defaultValue={view[name]} className="field min-h-11" aria-invalid={problem?.field === "filters" || undefined}>
        <option value="">{t("all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="space-y-4 rounded-lg border border-line bg-white p-4" aria-labelledby="analytics-filters-title">
      <h2 id="analytics-filters-title" className="text-xl font-semibold">
        {t("filters")}
      </h2>
      <p id="analytics-dates-hint" className="text-sm">
        {t("dateHint")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="analytics-from" className="block font-medium">
            {t("from")}
          </label>
          <input id="analytics-from" name="from" type="date" defaultValue={view.from} className="field min-h-11" dir="ltr" {...invalid("from")} />
          {error("from")}
        </div>
        <div className="space-y-1">
          <label htmlFor="analytics-to" className="block font-medium">
            {t("to")}
          </label>
          <input id="analytics-to" name="to" type="date" defaultValue={view.to} className="field min-h-11" dir="ltr" {...invalid("to")} />
          {error("to")}
        </div>
        {select("device", [
          { value: "mobile", label: t("devices.mobile") },
          { value: "desktop", label: t("devices.desktop") },
        ])}
        {select(
          "locale",
          locales.map((code) => ({ value: code, label: languages.of(code) ?? code })),
        )}
        {select(
          "market",
          markets.map((id) => ({ value: id, label: id.toUpperCase() })),
        )}
        {select(
          "source",
          trafficSources.map((source) => ({ value: source, label: t(`sources.${source}`) })),
        )}
      </div>
      {error("filters")}
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("traffic")}</legend>
        <div className="flex flex-wrap gap-x-6">
          {trafficKinds.map((kind) => (
            <label key={kind} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="traffic" value={kind} defaultChecked={view.traffic.includes(kind)} className="size-5" />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn-primary min-h-11 px-6">
        {t("show")}
      </button>
    </form>
  );
}
