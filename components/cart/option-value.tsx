import { getTranslations } from "next-intl/server";

/** One chosen option of a line ("Colour: Black"), in the page's language. */
export async function OptionValue({ name, value }: { name: string; value: string }) {
  const t = await getTranslations("options");
  const label = name === "color" ? t(`color.${value as "black"}`) : name === "size" ? t(`size.${value as "M"}`) : value;
  return <span className="me-3">{`${name === "color" ? t("color.label") : t("size.label")}: ${label}`}</span>;
}
