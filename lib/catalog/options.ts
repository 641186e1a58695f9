/**
 * The option vocabulary shared by the seed, the variant picker and the listing filters.
 * Labels live in the message files under `options.size.*` and `options.color.*`.
 */
export const sizes = ["XS", "S", "M", "L", "XL"] as const;
export type Size = (typeof sizes)[number];

/** Swatch colours; hex values are used for swatches and the drawn catalog images. */
export const colors = {
  black: "#1f2328",
  white: "#f4f2ee",
  navy: "#23395d",
  sage: "#8a9a7b",
  rust: "#b5532f",
  sand: "#d8c3a0",
  charcoal: "#4a4e54",
  sky: "#7fb2d9",
  plum: "#6b3f5c",
  mustard: "#d4a82a",
} as const;
export type Color = keyof typeof colors;

export const optionNames = ["size", "color"] as const;
export type OptionName = (typeof optionNames)[number];

export function isColor(value: string): value is Color {
  return Object.hasOwn(colors, value);
}

/** Words from the `options` messages: "color.label", "color.navy", "size.label", "size.M". */
export type OptionWords = (key: `${OptionName}.${string}`) => string;

/** One chosen option of a line as it reads ("Colour: Navy"); an option without words of its own reads as stored. */
export function optionText(name: string, value: string, t: OptionWords): string {
  if (name === "color" || name === "size") return `${t(`${name}.label`)}: ${t(`${name}.${value}`)}`;
  return `${name}: ${value}`;
}
