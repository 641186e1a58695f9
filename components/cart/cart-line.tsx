import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Picture } from "@/components/ui/picture";
import type { CartLineView } from "@/lib/cart/queries";
import { maxLineQuantity } from "@/lib/cart/rules";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, type Money } from "@/lib/money";
import { LineControls } from "./line-controls";
import { OptionValue } from "./option-value";

const sizes = {
  // The cart page: a bigger picture from `sm` up, beside the name and the stepper.
  full: {
    item: "grid grid-cols-[4rem_minmax(0,1fr)_auto] gap-x-3 gap-y-2 p-4 sm:grid-cols-[6rem_minmax(0,1fr)_auto] sm:gap-x-4",
    picture: "sm:row-span-2",
    image: { width: 96, sizes: "(min-width: 640px) 96px, 64px", className: "h-16 w-16 rounded-md object-cover sm:h-24 sm:w-24" },
    controls: "col-span-3 sm:col-span-2",
  },
  // The checkout's summary beside the form: small pictures, small print.
  compact: {
    item: "grid grid-cols-[4rem_minmax(0,1fr)_auto] gap-x-3 gap-y-1 py-3 text-sm",
    picture: "",
    image: { width: 64, sizes: "64px", className: "h-16 w-16 rounded-md object-cover" },
    controls: "col-span-3 sm:col-span-2 sm:col-start-2",
  },
} as const;

/**
 * One line of the cart, the same on the cart page and in the checkout's summary: picture, name
 * linking back to the product with the chosen options, the options, the line total, and the
 * quantity stepper with Remove. `notes` (unit price, stock) go under the options, `actions`
 * ("Save for later") beside the stepper.
 */
export async function CartLine({
  line,
  total,
  locale,
  size,
  heading,
  notes,
  actions,
}: {
  line: CartLineView;
  /** The line's total at the quote's prices. */
  total: Money;
  locale: Locale;
  size: keyof typeof sizes;
  /** The name is a heading of this level under the list's own heading. */
  heading: "h2" | "h3";
  notes?: ReactNode;
  actions?: ReactNode;
}) {
  const t = await getTranslations("cart");
  const look = sizes[size];
  const options = Object.entries(line.options as Record<string, string>);
  const search = new URLSearchParams(options).toString();
  const Name = heading;
  return (
    <li className={look.item}>
      <div className={look.picture}>
        {line.image ? <Picture src={line.image.src} alt="" width={look.image.width} height={look.image.width} sizes={look.image.sizes} className={look.image.className} /> : null}
      </div>
      <div className="space-y-1">
        <Name className="font-semibold">
          <Link href={`/p/${line.productSlug}${search ? `?${search}` : ""}`} className="hover:underline">
            {line.productName}
          </Link>
        </Name>
        {options.length ? (
          <p className="text-sm text-muted">
            {options.map(([name, value]) => (
              <OptionValue key={name} name={name} value={value} />
            ))}
          </p>
        ) : null}
        {notes}
      </div>
      <p className="text-end font-semibold">
        <span className="sr-only">{t("lineTotal")}: </span>
        {formatMoney(total, localeTags[locale])}
      </p>
      {/* The stepper spans the line below its name so each button keeps its 44 px, never squeezed beside it on a phone. */}
      <div className={`${look.controls} flex flex-wrap items-center gap-x-4 gap-y-1`}>
        <LineControls
          variantId={line.variantId}
          quantity={line.quantity}
          max={Math.min(maxLineQuantity, line.available)}
          text={{
            quantity: t("quantity"),
            decrease: t("decrease", { name: line.productName }),
            increase: t("increase", { name: line.productName }),
            remove: t("remove", { name: line.productName }),
          }}
        />
        {actions}
      </div>
    </li>
  );
}
