import { getTranslations } from "next-intl/server";

/** What changed when the guest cart joined the account's at sign-in; nothing when nothing did. */
export async function MergedNotice({ changes }: { changes: string[] }) {
  if (!changes.length) return null;
  const t = await getTranslations("cart");
  return (
    <div role="status" className="rounded-lg border border-warn bg-white p-3 text-sm">
      <p className="font-semibold">{t("mergedTitle")}</p>
      <ul className="list-disc ps-5">
        {changes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
