import { useTranslations } from "next-intl";

/** A plain GET form: works without JavaScript and keeps the query in the URL. */
export function SearchForm({ action, defaultValue = "", id = "site-search" }: { action: string; defaultValue?: string; id?: string }) {
  const t = useTranslations("nav");
  return (
    <form role="search" aria-label={t("search")} action={action} method="get" className="flex w-full max-w-md">
      <label htmlFor={id} className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
        className="field rounded-e-none"
      />
      <button type="submit" className="btn-primary rounded-s-none px-4">
        {t("searchSubmit")}
      </button>
    </form>
  );
}
