import { getTranslations } from "next-intl/server";
import type { CspReportRow } from "@/lib/security/csp-reports";

/** Violations browsers reported under the store's content security policy. */
export async function CspReportTable({ rows, time }: { rows: CspReportRow[]; time: Intl.DateTimeFormat }) {
  const t = await getTranslations("admin.security.csp");
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[44rem] border-collapse bg-white text-sm">
        <caption className="p-2 text-start font-medium">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("lastSeen")}</th>
            <th scope="col" className="p-2 text-start">{t("page")}</th>
            <th scope="col" className="p-2 text-start">{t("directive")}</th>
            <th scope="col" className="p-2 text-start">{t("blocked")}</th>
            <th scope="col" className="p-2 text-start">{t("sample")}</th>
            <th scope="col" className="p-2 text-end">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.day}|${row.directive}|${row.blocked}|${row.page}`} className="border-b border-line last:border-0">
              <td className="p-2">
                <time dateTime={new Date(row.lastSeenAt).toISOString()}>{time.format(new Date(row.lastSeenAt))}</time>
              </td>
              <td className="p-2" dir="ltr">{row.page}</td>
              <td className="p-2" dir="ltr"><code>{row.directive}</code></td>
              <td className="p-2 break-all" dir="ltr">{row.blocked}</td>
              <td className="p-2 break-all" dir="ltr">{row.sample ? <code>{row.sample}</code> : null}</td>
              <td className="p-2 text-end">{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
