import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { localeTags, locales } from "@/lib/i18n/locales";

type Tree = { [key: string]: Tree | string | Tree[] | string[] };

const read = (locale: string, file: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8")) as Tree;

function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === "string") out.set(prefix, tree);
  else if (tree && typeof tree === "object")
    for (const [key, value] of Object.entries(tree)) for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

/** Argument names an ICU message uses (plural/select bodies are text, not arguments). */
function icuArguments(text: string): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if ("value" in node && typeof node.value === "string" && node.type !== TYPE.literal) names.add(node.value);
      if ("options" in node) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return names;
}

describe.each(["ui", "pages", "surveys", "admin-pricing", "admin-catalog", "admin-settings", "admin-analytics", "admin-experiments", "chat", "chat-bot", "admin-inbox", "admin-security"])("messages/%s.json", (file) => {
  const english = leaves(read("en", file));

  it.each(locales.filter((l) => l !== "en"))("%s has every English key and no extra ones", (locale) => {
    const translated = leaves(read(locale, file));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(locales.filter((l) => l !== "en"))("%s keeps the same placeholders and valid ICU syntax", (locale) => {
    const translated = leaves(read(locale, file));
    for (const [key, text] of translated) {
      const source = english.get(key)!;
      if (file !== "pages") {
        expect(() => new IntlMessageFormat(text, localeTags[locale]), `${locale}:${key}`).not.toThrow();
        expect(icuArguments(text), `${locale}:${key}`).toEqual(icuArguments(source));
      } else {
        expect(placeholders(text), `${locale}:${key}`).toEqual(placeholders(source));
      }
    }
  });
});

/** Arguments that are always counts: plain `{count}` would print ASCII digits on a Persian page. */
const numericArguments = new Set(["returnDays", "percent", "rating", "stars", "count", "index", "page", "pages", "days", "current", "seconds"]);
/** Names that are counts in these messages only (elsewhere `total` is a price, `max` an amount). */
const numericIn: Record<string, string[]> = {
  "checkout.stepOf": ["total"],
  "product.imageAlt": ["total"],
  "product.showImage": ["total"],
  "search.tooLong": ["max"],
  "checkout.errors.tooLong": ["max"],
  "shippingTable.transitDays": ["min", "max"],
  "delivery.orderWithin": ["hours", "minutes"],
};

/** Arguments printed as they are ({name}), not through number, plural, date or select formatting. */
function plainArguments(text: string): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type === TYPE.argument) names.add(node.value);
      if ("options" in node) for (const option of Object.values(node.options)) walk(option.value);
      if (node.type === TYPE.tag) walk(node.children);
    }
  };
  walk(parse(text));
  return names;
}

describe("counts in messages", () => {
  it.each(locales)("%s formats every count as a number, so each locale writes its own digits", (locale) => {
    for (const [key, text] of leaves(read(locale, "ui"))) {
      // The countdown is a template its component fills with parts already formatted in the locale's digits.
      if (key === "promotion.countdown") continue;
      const plain = [...plainArguments(text)].filter((name) => numericArguments.has(name) || numericIn[key]?.includes(name));
      expect(plain, `${locale}:${key}`).toEqual([]);
    }
  });
});
