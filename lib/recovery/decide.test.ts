import { describe, expect, it } from "vitest";
import { decideStep, nextStepDueAt, type StepFacts } from "./decide";
import { testRecoverySettings } from "@/tests/support/recovery";

const hour = 60 * 60_000;
const settings = testRecoverySettings;
// Noon UTC: outside quiet hours in the store's zone.
const left = new Date("2026-06-10T10:00:00Z");
const at = (hours: number) => new Date(left.getTime() + hours * hour);
const facts = (changes: Partial<StepFacts> = {}): StepFacts => ({
  step: 1,
  ordered: false,
  paying: false,
  itemCount: 2,
  email: "ada@example.com",
  unsubscribed: false,
  marketingConsent: true,
  lastActivityAt: left,
  previousSentAt: null,
  timeZone: null,
  ...changes,
});

describe("a reminder step", () => {
  it("waits for its delay after the last activity, then sends", () => {
    expect(decideStep(facts(), settings, at(0.5))).toEqual({ action: "wait", until: at(1), reason: "active" });
    expect(decideStep(facts(), settings, at(1))).toEqual({ action: "send", last: false, incentive: false });
  });

  it("waits again when the shopper came back since", () => {
    expect(decideStep(facts({ lastActivityAt: at(0.9) }), settings, at(1))).toEqual({ action: "wait", until: at(1.9), reason: "active" });
  });

  it.each([
    [{ ordered: true }, "ordered"],
    [{ itemCount: 0 }, "emptied"],
    [{ email: null }, "no_contact"],
    [{ unsubscribed: true }, "unsubscribed"],
    [{ step: 4 }, "finished"],
    [{ step: 2, marketingConsent: false }, "no_consent"],
  ] as const)("stops for good on %j", (changes, reason) => {
    expect(decideStep(facts(changes), settings, at(100))).toEqual({ action: "stop", reason });
  });

  it("an order outranks everything else", () => {
    expect(decideStep(facts({ ordered: true, itemCount: 0, unsubscribed: true }), settings, at(100))).toEqual({ action: "stop", reason: "ordered" });
  });

  it("without consent sends the first reminder only, and nothing when the merchant says none", () => {
    expect(decideStep(facts({ marketingConsent: false }), settings, at(1))).toEqual({ action: "send", last: false, incentive: false });
    expect(decideStep(facts({ marketingConsent: false }), { ...settings, withoutConsent: "none" }, at(1))).toEqual({ action: "stop", reason: "no_consent" });
  });

  it("carries the incentive on the last step only, with consent, never on the first", () => {
    const previousSentAt = at(24);
    expect(decideStep(facts({ step: 2, previousSentAt: at(1) }), settings, at(24))).toMatchObject({ action: "send", incentive: false });
    expect(decideStep(facts({ step: 3, previousSentAt }), settings, at(72))).toEqual({ action: "send", last: true, incentive: true });
    expect(decideStep(facts({ step: 3, previousSentAt }), { ...settings, incentive: null }, at(72))).toMatchObject({ incentive: false });
    expect(decideStep(facts(), { ...settings, delays: [hour] }, at(1))).toEqual({ action: "send", last: true, incentive: false });
  });

  it("waits out quiet hours in the shopper's zone, else the store's", () => {
    // 10:00 UTC + 1 h = 11:00 UTC is 20:00 in Tokyo: fine; 14:00 UTC is 23:00 there: wait until 08:00 Tokyo (23:00 UTC).
    expect(decideStep(facts({ timeZone: "Asia/Tokyo" }), settings, at(1))).toMatchObject({ action: "send" });
    expect(decideStep(facts({ timeZone: "Asia/Tokyo" }), settings, at(4))).toEqual({ action: "wait", until: new Date("2026-06-10T23:00:00Z"), reason: "quiet_hours" });
    expect(decideStep(facts(), settings, at(12))).toEqual({ action: "wait", until: new Date("2026-06-11T08:00:00Z"), reason: "quiet_hours" });
  });

  it("looks again later while a card payment for the cart is in progress", () => {
    expect(decideStep(facts({ paying: true }), settings, at(1))).toEqual({ action: "wait", until: at(1.25), reason: "paying" });
  });

  it("keeps the merchant's spacing after a reminder held back", () => {
    // Step 1 went out late (at 30 h): step 2 comes 23 h after it, not at once.
    expect(nextStepDueAt({ step: 1, lastActivityAt: left }, settings.delays, at(30))).toEqual(at(53));
    expect(nextStepDueAt({ step: 1, lastActivityAt: left }, settings.delays, at(1))).toEqual(at(24));
    expect(decideStep(facts({ step: 2, previousSentAt: at(30) }), settings, at(40))).toEqual({ action: "wait", until: at(53), reason: "active" });
  });
});
