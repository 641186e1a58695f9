import { parseMajorUnits } from "@/lib/money";
import { delayListSchema } from "@/lib/recovery/delays";
import { normalizeCouponCode } from "@/lib/pricing/coupons";
import { checkoutSection, mailSection, paymentMethodIds, paymentsSection, recoverySection, type SettingsSection, type StoreSettings } from "@/lib/settings/fields";

/** A settings form's problem, per field: the key of its message under admin.settings.errors. */
export type SettingsProblem =
  | "methods"
  | "accountHolder"
  | "iban"
  | "bic"
  | "payWithinDays"
  | "delays"
  | "quietHours"
  | "percent"
  | "incentiveValidDays"
  | "alertMinimum"
  | "alertTo"
  | "webhookUrls"
  | "exitOfferCode"
  | "fromName"
  | "fromAddress";

export type ParsedSection<Name extends SettingsSection> = { ok: true; values: StoreSettings[Name] } | { ok: false; problems: Partial<Record<string, SettingsProblem>> };

type Read = (name: string) => string;

const wholeNumber = (text: string, min: number, max: number) => (/^\d{1,4}$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : null);

/**
 * Reads one section of the settings form (fields as typed) into the values its schema accepts, or
 * names the field of each problem. Amounts are typed in `currency`'s major units.
 */
export function parseSettingsForm(section: SettingsSection, read: Read, currency: string): ParsedSection<SettingsSection> {
  const problems: Partial<Record<string, SettingsProblem>> = {};
  const done = <V,>(values: V, schema: { safeParse(v: unknown): { success: boolean } }, fallback: string, problem: SettingsProblem) => {
    if (Object.keys(problems).length) return { ok: false as const, problems };
    if (!schema.safeParse(values).success) return { ok: false as const, problems: { [fallback]: problem } };
    return { ok: true as const, values: values as never };
  };

  if (section === "checkout") {
    return done({ askPhone: read("askPhone") === "yes", askCompany: read("askCompany") === "yes" }, checkoutSection, "askPhone", "methods");
  }

  if (section === "payments") {
    const methods = paymentMethodIds.filter((method) => read(`method_${method}`) === "yes");
    if (!methods.length) problems["methods"] = "methods";
    const accountHolder = read("accountHolder").trim();
    if (!accountHolder || accountHolder.length > 120) problems["accountHolder"] = "accountHolder";
    const iban = read("iban").trim().replace(/\s+/g, " ").toUpperCase();
    if (!/^[A-Z]{2}[0-9A-Z ]{3,40}$/.test(iban)) problems["iban"] = "iban";
    const bic = read("bic").trim().toUpperCase();
    if (!/^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(bic)) problems["bic"] = "bic";
    const payWithinDays = wholeNumber(read("payWithinDays"), 1, 60);
    if (payWithinDays === null) problems["payWithinDays"] = "payWithinDays";
    return done({ methods, bankTransfer: { accountHolder, iban, bic, payWithinDays: payWithinDays ?? 0 } }, paymentsSection, "methods", "methods");
  }

  if (section === "recovery") {
    const delays = read("delays")
      .split(/[,،\s]+/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (!delayListSchema.safeParse(delays).success) problems["delays"] = "delays";
    const quietHours = { from: read("quietFrom").trim(), to: read("quietTo").trim() };
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(quietHours.from) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(quietHours.to)) problems["quietFrom"] = "quietHours";
    const kind = read("incentive");
    let incentive: StoreSettings["recovery"]["incentive"] = null;
    if (kind === "percent") {
      const percent = wholeNumber(read("incentivePercent"), 1, 100);
      if (percent === null) problems["incentivePercent"] = "percent";
      else incentive = { kind: "percent", value: percent };
    } else if (kind === "free_shipping") incentive = { kind: "free_shipping" };
    const incentiveValidDays = wholeNumber(read("incentiveValidDays"), 1, 90);
    if (incentiveValidDays === null) problems["incentiveValidDays"] = "incentiveValidDays";
    const minimumText = read("alertMinimum").trim();
    const alertTo = read("alertTo").trim();
    let staffAlert: StoreSettings["recovery"]["staffAlert"] = null;
    if (minimumText !== "") {
      const minimum = parseMajorUnits(minimumText, currency);
      if (minimum === null || minimum < 0 || minimum > 100_000_000) problems["alertMinimum"] = "alertMinimum";
      if (!mailSection.shape.fromAddress.safeParse(alertTo).success) problems["alertTo"] = "alertTo";
      if (minimum !== null) staffAlert = { minimum: { [currency]: minimum }, to: alertTo };
    }
    const webhookUrls = read("webhookUrls")
      .split(/\s+/)
      .map((url) => url.trim())
      .filter(Boolean);
    if (!recoverySection.shape.webhookUrls.safeParse(webhookUrls).success) problems["webhookUrls"] = "webhookUrls";
    const codeText = read("exitOfferCode").trim();
    const exitOfferCode = codeText === "" ? null : normalizeCouponCode(codeText);
    if (codeText !== "" && exitOfferCode === null) problems["exitOfferCode"] = "exitOfferCode";
    const withoutConsent = read("withoutConsent") === "none" ? "none" : "first-reminder";
    return done(
      { delays, withoutConsent, quietHours, incentive, incentiveValidDays: incentiveValidDays ?? 0, staffAlert, webhookUrls, textReminders: read("textReminders") === "yes", exitOfferCode },
      recoverySection,
      "delays",
      "delays",
    );
  }

  const fromName = read("fromName").trim();
  if (!mailSection.shape.fromName.safeParse(fromName).success) problems["fromName"] = "fromName";
  const fromAddress = read("fromAddress").trim();
  if (!mailSection.shape.fromAddress.safeParse(fromAddress).success) problems["fromAddress"] = "fromAddress";
  return done({ fromName, fromAddress }, mailSection, "fromName", "fromName");
}
