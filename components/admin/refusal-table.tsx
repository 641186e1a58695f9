import { getTranslations } from "next-intl/server";
import type { RefusalCount } from "@/lib/security/refusals";

/** Requests the abuse limits refused in the last day, per limit and per what it counts. */
export async function RefusalTable({ rows, time }: { rows: RefusalCount[]; time: Intl.DateTimeFormat }) {
  const t = await getTranslations("admin.security.refusals");
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const label = (group: "actions" | "subjects", key: string) => (t.has(`${group}.${key}` as never) ? t(`${group}.${key}` as never) : key);
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
        <caption className="p-2 text-start font-medium">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("limit")}</th>
            <th scope="col" className="p-2 text-start">{t("subject")}</th>
            <th scope="col" className="p-2 text-end">{t("count")}</th>
            <th scope="col" className="p-2 text-end">{t("distinctHeading")}</th>
            <th scope="col" className="p-2 text-start">{t("lastAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.action}|${row.subject}`} className="border-b border-line last:border-0">
              <th scope="row" className="p-2 text-start font-normal">{label("actions", row.action)}</th>
              <td className="p-2">{label("subjects", row.subject)}</td>
              <td className="p-2 text-end">{row.refusals}</td>
              <td className="p-2 text-end">{t("distinct", { count: row.subjects })}</td>
              <td className="p-2">
                <time dateTime={new Date(row.lastAt).toISOString()}>{time.format(new Date(row.lastAt))}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
