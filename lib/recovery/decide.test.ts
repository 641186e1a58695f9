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
  pushSubscribed: false,
  smsPhone: null,
  treatment: "sequence",
  ...changes,
});

describe("a reminder step", () => {
  it("waits for its delay after the last activity, then sends", () => {
    expect(decideStep(facts(), settings, at(0.5))).toEqual({ action: "wait", until: at(1), reason: "active" });
    expect(decideStep(facts(), settings, at(1))).toEqual({ action: "send", channels: ["email"], last: false, incentive: false });
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
    expect(decideStep(facts({ marketingConsent: false }), settings, at(1))).toEqual({ action: "send", channels: ["email"], last: false, incentive: false });
    expect(decideStep(facts({ marketingConsent: false }), { ...settings, withoutConsent: "none" }, at(1))).toEqual({ action: "stop", reason: "no_consent" });
  });

  it("carries the incentive on the last step only, with consent, never on the first", () => {
    const previousSentAt = at(24);
    expect(decideStep(facts({ step: 2, previousSentAt: at(1) }), settings, at(24))).toMatchObject({ action: "send", incentive: false });
    expect(decideStep(facts({ step: 3, previousSentAt }), settings, at(72))).toEqual({ action: "send", channels: ["email"], last: true, incentive: true });
    expect(decideStep(facts({ step: 3, previousSentAt }), { ...settings, incentive: null }, at(72))).toMatchObject({ incentive: false });
    expect(decideStep(facts(), { ...settings, delays: [hour] }, at(1))).toEqual({ action: "send", channels: ["email"], last: true, incentive: false });
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

describe("a step's channels (E3)", () => {
  it("sends on every channel the shopper asked for, each within its own consent", () => {
    const all = facts({ pushSubscribed: true, smsPhone: "+4915123456789" });
    expect(decideStep(all, settings, at(1))).toMatchObject({ action: "send", channels: ["email", "push", "sms"] });
    // Without marketing consent, email gets the first reminder only; push and texts were asked for.
    const later = facts({ step: 2, previousSentAt: at(1), marketingConsent: false, pushSubscribed: true });
    expect(decideStep(later, settings, at(24))).toMatchObject({ action: "send", channels: ["push"] });
    expect(decideStep({ ...later, unsubscribed: true, marketingConsent: true }, settings, at(24))).toMatchObject({ channels: ["push"] });
  });

  it("runs for a shopper who gave no email but asked for push", () => {
    expect(decideStep(facts({ email: null, pushSubscribed: true }), settings, at(1))).toMatchObject({ action: "send", channels: ["push"] });
    expect(decideStep(facts({ email: null, smsPhone: "+15551234567", step: 3, previousSentAt: at(24) }), settings, at(72))).toEqual({
      action: "send",
      channels: ["sms"],
      last: true,
      incentive: true,
    });
  });

  it("stops with the email's reason when nothing else is left", () => {
    expect(decideStep(facts({ step: 2, marketingConsent: false, smsPhone: null }), settings, at(100))).toEqual({ action: "stop", reason: "no_consent" });
    expect(decideStep(facts({ email: null }), settings, at(100))).toEqual({ action: "stop", reason: "no_contact" });
  });
});

describe("a step's treatment (E5)", () => {
  const third = facts({ step: 3, previousSentAt: at(24) });

  it("sends nothing for a segment the merchant left out", () => {
    expect(decideStep(facts({ treatment: "none" }), settings, at(1))).toEqual({ action: "stop", reason: "segment" });
  });

  it("sends the first reminder only, as the last one, without an incentive", () => {
    expect(decideStep(facts({ treatment: "first-only" }), settings, at(1))).toEqual({ action: "send", channels: ["email"], last: true, incentive: false });
    expect(decideStep(facts({ treatment: "first-only", step: 2, previousSentAt: at(1) }), settings, at(24))).toEqual({ action: "stop", reason: "finished" });
  });

  it("keeps the incentive off for a segment that should not get one", () => {
    expect(decideStep(third, settings, at(72))).toMatchObject({ incentive: true });
    expect(decideStep({ ...third, treatment: "no-incentive" }, settings, at(72))).toEqual({ action: "send", channels: ["email"], last: true, incentive: false });
  });
});
