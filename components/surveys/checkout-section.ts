import { checkoutSurveySections, type CheckoutSurveySection } from "@/lib/surveys/reasons";

const sectionSelector = 'section[aria-labelledby^="section-"]';

const sectionOf = (element: Element | null): CheckoutSurveySection | null => {
  const id = element?.closest(sectionSelector)?.getAttribute("aria-labelledby")?.slice("section-".length);
  return (checkoutSurveySections as readonly string[]).includes(id ?? "") ? (id as CheckoutSurveySection) : null;
};

/**
 * Which checkout section the shopper was on, read from the page as it is (the checkout's sections
 * are `<section aria-labelledby="section-<id>">`): the last one focus was in, else the first one
 * still open (with fields to fill), else the first. Stop it with the returned `stop`.
 */
export function watchCheckoutSection(): { current(): CheckoutSurveySection; stop(): void } {
  let last: CheckoutSurveySection | null = null;
  const onFocus = (event: FocusEvent) => {
    const section = sectionOf(event.target instanceof Element ? event.target : null);
    if (section) last = section;
  };
  document.addEventListener("focusin", onFocus);
  return {
    current() {
      if (last) return last;
      for (const element of document.querySelectorAll(sectionSelector)) {
        if (!element.querySelector("input:not([type=hidden]), select, textarea")) continue;
        const section = sectionOf(element);
        if (section) return section;
      }
      return checkoutSurveySections[0];
    },
    stop: () => document.removeEventListener("focusin", onFocus),
  };
}
