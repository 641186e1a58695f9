import { describe, expect, it } from "vitest";
import { isLeavingAtTop, shouldShowExitOffer, type ExitIntentFacts } from "./exit-intent";

const facts = (overrides: Partial<ExitIntentFacts> = {}): ExitIntentFacts => ({
  trigger: "pointer",
  touch: false,
  pageItems: 2,
  cartCount: 2,
  shownThisVisit: null,
  otherDialogOpen: false,
  ...overrides,
});

describe("isLeavingAtTop", () => {
  it("counts the pointer leaving the window through the top edge", () => {
    expect(isLeavingAtTop({ relatedTarget: null, clientY: 0 })).toBe(true);
    expect(isLeavingAtTop({ relatedTarget: null, clientY: -5 })).toBe(true);
  });
  it("ignores moves between elements and leaving through the sides or bottom", () => {
    expect(isLeavingAtTop({ relatedTarget: {}, clientY: 0 })).toBe(false);
    expect(isLeavingAtTop({ relatedTarget: null, clientY: 1 })).toBe(false);
    expect(isLeavingAtTop({ relatedTarget: null, clientY: 600 })).toBe(false);
  });
});

describe("shouldShowExitOffer", () => {
  it("opens for a desktop shopper with items leaving at the top", () => {
    expect(shouldShowExitOffer(facts())).toBe(true);
  });
  it("opens once per visit: not after it was shown or dismissed", () => {
    expect(shouldShowExitOffer(facts({ shownThisVisit: "shown" }))).toBe(false);
    expect(shouldShowExitOffer(facts({ shownThisVisit: "dismissed" }))).toBe(false);
  });
  it("needs items in the cart", () => {
    expect(shouldShowExitOffer(facts({ pageItems: 0, cartCount: null }))).toBe(false);
    expect(shouldShowExitOffer(facts({ pageItems: 0, cartCount: 0 }))).toBe(false);
  });
  it("trusts the shopper state over the page once it answered", () => {
    expect(shouldShowExitOffer(facts({ pageItems: 3, cartCount: 0 }))).toBe(false);
    expect(shouldShowExitOffer(facts({ pageItems: 3, cartCount: null }))).toBe(true);
    expect(shouldShowExitOffer(facts({ pageItems: 0, cartCount: 1 }))).toBe(true);
  });
  it("never opens over another dialog", () => {
    expect(shouldShowExitOffer(facts({ otherDialogOpen: true }))).toBe(false);
  });
  it("takes a long idle as leaving on phones only", () => {
    expect(shouldShowExitOffer(facts({ trigger: "idle", touch: true }))).toBe(true);
    expect(shouldShowExitOffer(facts({ trigger: "idle", touch: false }))).toBe(false);
    expect(shouldShowExitOffer(facts({ trigger: "pointer", touch: true }))).toBe(true);
  });
});
