import { getTranslations } from "next-intl/server";
import { optionText } from "@/lib/catalog/options";

/** One chosen option of a line ("Colour: Black"), in the page's language. */
export async function OptionValue({ name, value }: { name: string; value: string }) {
  const t = await getTranslations("options");
  return <span className="me-3">{optionText(name, value, (key) => t(key as Parameters<typeof t>[0]))}</span>;
}
