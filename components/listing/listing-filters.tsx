import { useTranslations } from "next-intl";
import { colors as swatches } from "@/lib/catalog/options";
import type { FacetValues, ListingFilters as Filters, SortOrder } from "@/lib/catalog/types";
import { minorDigits } from "@/lib/money";

const major = (minor: number | null, currency: string) =>
  minor === null ? "" : String(minor / 10 ** minorDigits(currency));

/**
 * Filters as a GET form: every state is a shareable URL and works without JavaScript.
 * The chosen sort order travels along so filtering keeps it.
 */
export function ListingFilters({
  action,
  facets,
  filters,
  sort,
  currency,
}: {
  action: string;
  facets: FacetValues;
  filters: Filters;
  sort: SortOrder;
  currency: string;
}) {
  const t = useTranslations();
  return (
    <form action={action} method="get" aria-labelledby="filters-heading" className="space-y-6">
      <h2 id="filters-heading" className="pe-12 text-lg font-bold lg:pe-0">
        {t("listing.filters")}
      </h2>
      {sort !== "featured" ? <input type="hidden" name="sort" value={sort} /> : null}

      <fieldset>
        <legend className="mb-2 font-semibold">
          {t("listing.price")} ({currency})
        </legend>
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="filter-min" className="text-sm">
              {t("listing.min")}
            </label>
            <input id="filter-min" name="min" inputMode="decimal" defaultValue={major(filters.minPrice, currency)} className="field w-24" maxLength={12} />
          </div>
          <span aria-hidden="true" className="pb-2">
            –
          </span>
          <div>
            <label htmlFor="filter-max" className="text-sm">
              {t("listing.max")}
            </label>
            <input id="filter-max" name="max" inputMode="decimal" defaultValue={major(filters.maxPrice, currency)} className="field w-24" maxLength={12} />
          </div>
        </div>
      </fieldset>

      {facets.sizes.length ? (
        <fieldset>
          <legend className="mb-2 font-semibold">{t("listing.size")}</legend>
          <div className="flex flex-wrap gap-2">
            {facets.sizes.map((size) => (
              <label key={size} className="flex min-h-11 max-w-full min-w-11 cursor-pointer items-center justify-center gap-1.5 rounded-md border border-muted bg-white px-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
                <input type="checkbox" name="size" value={size} defaultChecked={filters.sizes.includes(size)} className="shrink-0 accent-brand" />
                <span className="min-w-0 wrap-anywhere">{t(`options.size.${size}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      {facets.colors.length ? (
        <fieldset>
          <legend className="mb-2 font-semibold">{t("listing.color")}</legend>
          {/* Chips as wide as their name, so "Небесно-блакитний" takes a row of its own instead of running out of a fixed column. */}
          <div className="flex flex-wrap gap-2">
            {facets.colors.map((color) => (
              <label
                key={color}
                className="flex min-h-11 max-w-full min-w-0 cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-2 py-1 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
              >
                <input type="checkbox" name="color" value={color} defaultChecked={filters.colors.includes(color)} className="shrink-0 accent-brand" />
                <span aria-hidden="true" className="h-4 w-4 shrink-0 rounded-full border border-muted" style={{ backgroundColor: swatches[color] }} />
                <span className="min-w-0 wrap-anywhere">{t(`options.color.${color}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <fieldset>
        <legend className="mb-2 font-semibold">{t("listing.availability")}</legend>
        <label className="flex min-h-11 cursor-pointer items-center gap-2">
          <input type="checkbox" name="stock" value="1" defaultChecked={filters.inStockOnly} className="shrink-0 accent-brand" />
          <span className="min-w-0 wrap-anywhere">{t("listing.inStock")}</span>
        </label>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary">
          {t("listing.apply")}
        </button>
        <a href={action} className="inline-flex min-h-11 items-center text-sm font-medium text-brand underline">
          {t("listing.clear")}
        </a>
      </div>
    </form>
  );
}
