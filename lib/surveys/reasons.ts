/**
 * G3: the answers the surveys accept. Pure, so the browser's form and the server's check share one
 * list. The exit reasons are Baymard Institute's "reasons for abandonment during checkout" (in the
 * order of their survey), plus "just browsing" and "other" with free text.
 */
export const exitReasons = [
  "extra_costs", // Extra costs too high (shipping, tax, fees)
  "account_required", // The site wanted me to create an account
  "delivery_too_slow", // Delivery was too slow
  "card_trust", // I didn't trust the site with my card information
  "too_complicated", // Too long / complicated checkout process
  "total_unclear", // I couldn't see / calculate the total order cost up-front
  "site_errors", // The website had errors / crashed
  "returns_policy", // The returns policy wasn't satisfactory
  "payment_methods", // There weren't enough payment methods
  "card_declined", // The credit card was declined
  "just_browsing", // Just browsing / not ready to buy
  "other", // Other (free text)
] as const;

export type ExitReason = (typeof exitReasons)[number];

export const isExitReason = (value: unknown): value is ExitReason => typeof value === "string" && (exitReasons as readonly string[]).includes(value);

/** The checkout's sections (lib/checkout/actions.ts `CheckoutSection`), for `checkout:<section>`. */
export const checkoutSurveySections = ["contact", "address", "delivery", "payment"] as const;
export type CheckoutSurveySection = (typeof checkoutSurveySections)[number];

/** Where an exit answer was given: the cart, or the checkout section the shopper was on. */
export type ExitSurveyPage = "cart" | `checkout:${CheckoutSurveySection}`;

export const exitSurveyPages: readonly ExitSurveyPage[] = ["cart", ...checkoutSurveySections.map((section) => `checkout:${section}` as const)];

export const isExitSurveyPage = (value: unknown): value is ExitSurveyPage => typeof value === "string" && (exitSurveyPages as readonly string[]).includes(value);

/** Customer Effort Score: 1 (very hard) … 7 (very easy). */
export const effortScores = [1, 2, 3, 4, 5, 6, 7] as const;

/** Longest comment kept, in characters (code points, so a Persian or emoji comment gets the same room). */
export const commentMaxLength = 500;
