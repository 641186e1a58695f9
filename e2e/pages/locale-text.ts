import { expect, type Page } from "@playwright/test";
import ar from "../../messages/ar/ui.json" with { type: "json" };
import en from "../../messages/en/ui.json" with { type: "json" };
import fa from "../../messages/fa/ui.json" with { type: "json" };
import uk from "../../messages/uk/ui.json" with { type: "json" };
import { seedMethods } from "../../db/seed/pricing";
import { catalog } from "../catalog";

/** Checks of issue 13 shared by the desktop and phone specs: digits, direction, leftover English, overflow. */

export const messages = { en, fa, ar, uk } as const;
export type TextLocale = keyof typeof messages;
type Catalog = typeof en;

export const mug = catalog.product("enamel-camp-mug");
export const supportPhone = "+1 503 555 0142";

/** Adds a white mug in `locale` and goes to the checkout from the mini-cart. */
export async function addMugAndCheckout(page: Page, locale: TextLocale) {
  const m: Catalog = messages[locale];
  await page.goto(`/${locale}/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: m.product.addToCart }).first().click();
  await page.getByRole("dialog").getByRole("link", { name: m.cart.checkout }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/checkout$`));
}

/** Email and a US address typed in `locale`'s labels; the sections open by themselves. */
export async function fillContactAndAddress(page: Page, locale: TextLocale) {
  const m: Catalog = messages[locale];
  // Letters only: a shopper's email is their own text, but keeping digits out of it keeps the digit check strict.
  const email = `guest.${locale}.${Math.random().toString(36).replace(/[^a-z]/g, "")}@example.com`;
  await page.getByRole("textbox", { name: m.checkout.email, exact: true }).fill(email);
  await page.getByRole("textbox", { name: m.checkout.fullName, exact: true }).fill("Ada Lovelace");
  await page.getByRole("combobox", { name: m.checkout.country, exact: true }).selectOption("US");
  await page.getByRole("textbox", { name: m.checkout.zip, exact: true }).fill("97201");
  await expect(page.getByRole("textbox", { name: m.checkout.city, exact: true })).toHaveValue("Portland");
  await page.getByRole("textbox", { name: m.checkout.line1, exact: true }).fill("1 Main Street");
  return email;
}

/** Pays on delivery and waits for the confirmation page. */
export async function payOnDelivery(page: Page, locale: TextLocale) {
  const m: Catalog = messages[locale];
  await page.getByRole("radio", { name: new RegExp(m.checkout.methods.cash_on_delivery) }).check();
  await page.getByRole("button", { name: new RegExp(`^${m.checkout.placeOrder.split(" {")[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/orders/\\d+\\?`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/**
 * Text the page shows (or reads out) with ASCII digits, outside what may keep them: codes isolated
 * as LTR (`[data-ltr-code]`: phone number, test card numbers) and text the shopper typed and sees
 * back as typed (`[data-shopper-text]`: their address). Each entry is "text ‹in› element".
 */
export function latinDigitsOutsideCodes(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!/[0-9]/.test(text) || !parent) continue;
      if (parent.closest("script, style, noscript, template, [hidden], [data-ltr-code], [data-shopper-text]")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      found.push(`${text.trim()} ‹in› ${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).split(" ")[0]}` : ""}`);
    }
    return found;
  });
}

/** Latin words a non-English page may show: the store's and carriers' names, the shopper's own name and city. */
const allowedLatin = new Set(["Juniper", "Lane", "Ada", "Lovelace", "Main", "Street", "Portland", ...seedMethods.flatMap((method) => method.carrier.match(/[A-Za-z]{2,}/g) ?? [])]);

function leaves(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === "string") out.push(tree);
  else if (tree && typeof tree === "object") for (const value of Object.values(tree)) leaves(value, out);
  return out;
}

/**
 * English left on a `locale` page: visible text nodes equal to an English catalog value the
 * locale translates differently, or holding a Latin word that is neither a brand nor the
 * shopper's own text. Codes (`[data-ltr-code]`), typed-back text and text marked with another `lang` are skipped.
 */
export async function englishLeftovers(page: Page, locale: Exclude<TextLocale, "en">) {
  const local = new Set(leaves(messages[locale]).map((s) => s.trim()));
  // Latin words the translators kept on purpose (Visa in Ukrainian, HTTPS, IBAN, ZIP, QR) are allowed as words.
  const icuWords = new Set(["plural", "select", "selectordinal", "number", "date", "time", "zero", "one", "two", "few", "many", "other"]);
  const keptByTranslators = new Set(
    [...local].flatMap((s) => s.replace(/\{\w+|<\/?\w+>/g, " ").match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !icuWords.has(word)),
  );
  // Whole English strings without placeholders (those are compared word by word below).
  const english = leaves(messages.en)
    .map((s) => s.trim())
    .filter((s) => !s.includes("{") && !s.includes("<") && /[A-Za-z]{2}/.test(s) && !local.has(s));
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const pageLang = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent ?? "").trim();
      if (!text || !parent || parent.closest("script, style, noscript, template, [hidden], [data-ltr-code], [data-shopper-text]")) continue;
      // Text marked as another language on purpose: the language switcher's "English", a review written in English.
      if ((parent.closest("[lang]")?.getAttribute("lang") ?? pageLang) !== pageLang) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    // Placeholders and accessible names are read too.
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
      if (el.closest("[data-ltr-code]")) continue;
      for (const attribute of ["placeholder", "aria-label", "title"]) {
        const value = el.getAttribute(attribute);
        if (value) out.push(value.trim());
      }
    }
    return out;
  });
  const englishSet = new Set(english);
  const currencies = new Set(Intl.supportedValuesOf("currency"));
  // Codes Intl and the tax line write in Latin whatever the language: "US$", "USD", a state as "(OR)".
  const withoutCodes = (text: string) =>
    text.replace(/US\$/g, " ").replace(/\b[A-Z]{3}\b/g, (code) => (currencies.has(code) ? " " : code)).replace(/\([A-Z]{2}\b/g, " ");
  return texts.filter(
    (text) =>
      englishSet.has(text) || (withoutCodes(text).match(/[A-Za-z]{2,}/g) ?? []).some((word) => !allowedLatin.has(word) && !keptByTranslators.has(word)),
  );
}

/**
 * Elements whose content runs out of their box: a visible-overflow element wider inside than out
 * (scrollWidth > clientWidth), or a text line reaching past its element. Scroll containers and
 * clipped (sr-only) elements are skipped: their overflow is meant.
 */
export function overflowingElements(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”`;
    for (const el of document.body.querySelectorAll("*")) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
      if (el.closest("script, style, svg, [data-sticky-bar]")) continue;
      const style = getComputedStyle(el);
      if (style.display === "inline" || style.display === "contents") continue;
      // Text for screen readers only (sr-only: clipped to nothing) is never drawn, wherever it sits.
      const srOnly = (e: Element | null): boolean => {
        for (; e; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.clip !== "auto" || s.clipPath !== "none") return true;
        }
        return false;
      };
      if (style.overflowX !== "visible" || style.position === "fixed" || srOnly(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1 && !["INPUT", "SELECT", "TEXTAREA", "IMG"].includes(el.tagName)) {
        found.push(`${describe(el)}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
        continue;
      }
      // Each text line of the element's own text nodes must lie inside its box.
      const box = el.getBoundingClientRect();
      for (const child of el.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        for (const line of range.getClientRects()) {
          if (line.left < box.left - 1 || line.right > box.right + 1) {
            found.push(`${describe(el)}: text ${Math.round(line.left)}–${Math.round(line.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
            break;
          }
        }
      }
    }
    return found;
  });
}

/** The support phone link's number: isolated LTR, its text as written, and drawn left to right. */
export async function expectPhoneReadsLeftToRight(page: Page, scope = page.locator("body")) {
  const phone = scope.locator('a[href^="tel:"] [data-ltr-code]').filter({ visible: true }).first();
  await expect(phone).toHaveText(supportPhone);
  const layout = await phone.evaluate((el) => {
    const style = getComputedStyle(el);
    const text = el.firstChild!;
    const rect = (from: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      return range.getBoundingClientRect().left;
    };
    return { tag: el.tagName, direction: style.direction, bidi: style.unicodeBidi, first: rect(0), last: rect((text.textContent ?? "").length - 1) };
  });
  expect(layout.tag).toBe("BDI");
  expect(layout.direction).toBe("ltr");
  expect(layout.bidi).toBe("isolate");
  // "+" is drawn left of the final "2": the number is not reversed.
  expect(layout.first).toBeLessThan(layout.last);
}
