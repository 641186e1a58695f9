"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { catalogImportStep, type CatalogImportState } from "@/lib/admin/catalog-actions";

export interface CatalogImportText {
  file: string;
  check: string;
  import: string;
  problemsCaption: string;
  row: string;
  column: string;
  problem: string;
}

/**
 * Upload, check, import: the file is checked first (a dry run that lists every problem by row and
 * column), and only a file without problems can be imported, as checked.
 */
export function CatalogImport({ text }: { text: CatalogImportText }) {
  const locale = useLocale();
  const [shown, act, pending] = useActionState<CatalogImportState, FormData>(catalogImportStep, { status: "idle" });
  return (
    <div className="space-y-4">
      <form action={act} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <input type="hidden" name="locale" value={locale} />
        <div className="space-y-1">
          <label htmlFor="catalog-file" className="block font-medium">
            {text.file}
          </label>
          <input id="catalog-file" name="file" type="file" accept=".csv,text/csv" required className="block min-h-11" />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {text.check}
        </button>
      </form>
      <div aria-live="polite" className="space-y-3">
        {shown.status === "error" ? (
          <p role="alert" className="text-sale">
            {shown.message}
          </p>
        ) : null}
        {shown.status === "imported" ? <p className="font-semibold text-ok">{shown.message}</p> : null}
        {shown.status === "checked" && shown.problems.length ? (
          <>
            <p role="alert" className="font-semibold text-sale">
              {shown.problemsTitle}
            </p>
            <div className="overflow-x-auto rounded-lg border border-line">
              <table className="w-full border-collapse bg-white text-sm">
                <caption className="p-2 text-start font-semibold">{text.problemsCaption}</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="p-2 text-end">{text.row}</th>
                    <th scope="col" className="p-2 text-start">{text.column}</th>
                    <th scope="col" className="p-2 text-start">{text.problem}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.problems.map((problem, index) => (
                    <tr key={`${problem.row}-${problem.column}-${index}`} className="border-b border-line">
                      <td className="p-2 text-end">{problem.row}</td>
                      <td className="p-2" dir="ltr">
                        {problem.column}
                      </td>
                      <td className="p-2">{problem.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {shown.more ? <p>{shown.more}</p> : null}
          </>
        ) : null}
        {shown.status === "checked" && !shown.problems.length ? <p>{shown.summary}</p> : null}
        {shown.status === "checked" && shown.importId ? (
          <form action={act}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="importId" value={shown.importId} />
            <button type="submit" className="btn-primary" disabled={pending}>
              {text.import}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
