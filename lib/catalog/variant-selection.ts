import type { OptionName } from "./options";
import type { Variant, VariantOptions } from "./types";

export interface OptionChoice {
  value: string;
  /** True when some variant with this value (and the other chosen options) can be bought. */
  available: boolean;
}

export type BuyState =
  | { kind: "choose"; missing: OptionName[] }
  | { kind: "available"; variant: Variant }
  | { kind: "sold-out-combination"; variant: Variant; option: OptionName }
  | { kind: "sold-out" };

export interface VariantSelection {
  /** The shopper's valid choices, plus options that have only one value. */
  chosen: VariantOptions;
  options: { name: OptionName; values: OptionChoice[] }[];
  state: BuyState;
}

const matches = (variant: Variant, chosen: VariantOptions, except?: OptionName) =>
  Object.entries(chosen).every(([name, value]) => name === except || variant.options[name as OptionName] === value);

/**
 * Works out what the product page shows for the options in the URL: which values exist, which
 * are sold out given the other choices, and what the buy button must say. Values in the URL
 * that the product does not have are dropped rather than failing the page.
 */
export function selectVariant(
  optionNames: OptionName[],
  variants: Variant[],
  requested: Partial<Record<string, string | undefined>>,
): VariantSelection {
  const valuesOf = (name: OptionName) => [
    ...new Set(variants.map((v) => v.options[name]).filter((v): v is string => v !== undefined)),
  ];

  const chosen: VariantOptions = {};
  for (const name of optionNames) {
    const values = valuesOf(name);
    const wanted = requested[name];
    if (wanted !== undefined && values.includes(wanted)) chosen[name] = wanted;
    else if (values.length === 1) chosen[name] = values[0];
  }

  const options = optionNames.map((name) => ({
    name,
    values: valuesOf(name).map((value) => ({
      value,
      available: variants.some((v) => v.options[name] === value && v.available > 0 && matches(v, chosen, name)),
    })),
  }));

  return { chosen, options, state: buyState(optionNames, variants, chosen) };
}

function buyState(optionNames: OptionName[], variants: Variant[], chosen: VariantOptions): BuyState {
  if (!variants.some((v) => v.available > 0)) return { kind: "sold-out" };
  const missing = optionNames.filter((name) => chosen[name] === undefined);
  if (missing.length > 0) return { kind: "choose", missing };
  const variant = variants.find((v) => matches(v, chosen));
  if (!variant) return { kind: "choose", missing: optionNames.slice(0, 1) };
  if (variant.available > 0) return { kind: "available", variant };
  // Point the shopper at the option most likely to help: the first one (e.g. size) whose other values are in stock.
  const option =
    optionNames.find((name) =>
      variants.some((v) => v.available > 0 && v.options[name] !== chosen[name] && matches(v, chosen, name)),
    ) ?? optionNames[0]!;
  return { kind: "sold-out-combination", variant, option };
}
