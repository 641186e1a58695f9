import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { staffPage } from "@/lib/admin/access";
import { firstValues } from "@/lib/admin/list-url";
import { auditPageSize, auditQuery, loadAudit } from "@/lib/admin/pages";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/audit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Every admin write, newest first: who did what to which record, with the record before and after. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const raw = await searchParams;
  const query = auditQuery.parse(firstValues(raw));
  const [t, { rows, total, actions }] = await Promise.all([getTranslations("admin.audit"), loadAudit(query)]);
  const time = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "medium" });
  const pages = Math.max(1, Math.ceil(total / auditPageSize));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="audit-action" className="block text-sm font-medium">
            {t("action")}
          </label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""} className="field" dir="ltr">
            <option value="">{t("any")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-actor" className="block text-sm font-medium">
            {t("actor")}
          </label>
          <input id="audit-actor" name="actor" type="email" defaultValue={query.actor ?? ""} dir="ltr" className="field" />
        </div>
        <button type="submit" className="btn-primary">
          {t("apply")}
        </button>
      </form>
      <p role="status">{t("count", { count: total })}</p>
      <ol className="space-y-2">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-line bg-white p-3 text-sm">
            <p>
              <time dateTime={row.at.toISOString()} className="text-muted">
                {time.format(row.at)}
              </time>{" "}
              <code dir="ltr">{row.action}</code> · {t("actor")} <span dir="ltr">{row.actorEmail}</span> · {t("subject")}{" "}
              <span dir="ltr">
                {row.subjectType} {row.subjectId}
              </span>
            </p>
            <details className="mt-1">
              <summary className="min-h-11 cursor-pointer py-2 text-brand">{t("details")}</summary>
              <div className="grid gap-2 md:grid-cols-2">
                {(["before", "after"] as const).map((side) => (
                  <div key={side} className="min-w-0">
                    <p className="font-semibold">{t(side)}</p>
                    <pre dir="ltr" className="overflow-x-auto rounded bg-canvas p-2 text-xs whitespace-pre-wrap">
                      {JSON.stringify(row[side], null, 2)}
                    </pre>
                  </div>
                ))}
              </div>
            </details>
          </li>
        ))}
      </ol>
      <Pagination page={Math.min(query.page, pages)} pages={pages} query={query} path="/admin/audit" locale={locale} />
    </div>
  );
}
