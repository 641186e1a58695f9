/**
 * Currencies a card can be charged in. Stripe does not process some currencies at all (sanctioned
 * or closed markets, e.g. the Iranian rial), so there the checkout offers cash on delivery and bank
 * transfer only. The built-in test gateway takes any currency, as a sandbox should.
 */
const notOnStripe: ReadonlySet<string> = new Set(["IRR", "KPW", "SYP", "CUP"]);

export function cardTakes(provider: "stripe" | "test", currency: string): boolean {
  return provider === "test" || !notOnStripe.has(currency);
}
