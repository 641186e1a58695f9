import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import type { Promotion } from "@/lib/pricing/types";
import { Countdown } from "./countdown";

/** An automatic promotion with its real end time and a live countdown. */
export async function PromotionBanner({
  promotion,
  categoryName,
  locale,
  timeZone,
  showLink = true,
}: {
  promotion: Promotion;
  /** The store's time zone: the end time is stated in it, with its name. */
  timeZone: string;
  categoryName: string | null;
  locale: Locale;
  showLink?: boolean;
}) {
  const t = await getTranslations("promotion");
  const end = new Date(promotion.endsAt);
  const endText = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(end);
  const zoneName = new Intl.DateTimeFormat(localeTags[locale], { timeZone, timeZoneName: "short" }).formatToParts(end).find((p) => p.type === "timeZoneName")?.value;
  return (
    <section aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-sale px-4 py-3 text-white">
      <div>
        <p className="font-semibold">
          {categoryName ? t("title", { percent: promotion.percentOff, category: categoryName }) : t("titleAll", { percent: promotion.percentOff })}
        </p>
        <p className="text-sm">
          <time dateTime={promotion.endsAt} data-testid="promotion-end">
            {t("endsAt", { date: `${endText} ${zoneName ?? ""}`.trim() })}
          </time>
        </p>
        {/* Its own line, reserved in the server HTML, so the live countdown appearing shifts nothing. */}
        <p className="min-h-5 text-sm">
          <Countdown
            endsAt={promotion.endsAt}
            localeTag={localeTags[locale]}
            endsInLabel={t("endsIn")}
            template={t.raw("countdown") as string}
            endedLabel=""
          />
        </p>
      </div>
      {showLink && promotion.categories[0] ? (
        <Link href={`/c/${promotion.categories[0]}`} className="inline-flex min-h-11 items-center rounded-md bg-white px-4 font-semibold text-sale hover:underline">
          {t("shop")}
        </Link>
      ) : null}
    </section>
  );
}
