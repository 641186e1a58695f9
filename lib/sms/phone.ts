// The mobile metadata (~99 kB) is the smallest set that checks the digits, not only the length
// ("min" accepts +49 123 4567890), and it rejects landlines, which cannot take a text anyway.
import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js/mobile";

/**
 * A phone number as typed (national or international) in E.164 (+4915123456789), or null when it
 * is not a valid mobile number. `country` (ISO 3166-1 alpha-2, any case) is where a national
 * number is read from; a number with a leading + or 00 ignores it.
 */
export function toE164(raw: string, country: string | null): string | null {
  const region = country?.toUpperCase();
  const number = parsePhoneNumberFromString(raw.trim(), region && isSupportedCountry(region) ? region : undefined);
  return number?.isValid() ? number.number : null;
}

/** A number for display without giving it away: its country code and last two digits (+49 ••• ••• 89). */
export function maskPhone(e164: string): string {
  const number = parsePhoneNumberFromString(e164);
  const digits = e164.replace(/\D/g, "");
  const prefix = number ? `+${number.countryCallingCode} ` : "";
  // Too short to be a number: showing its end would show most of it.
  const tail = digits.length > 6 ? digits.slice(-2) : "••";
  return `${prefix}••• ••• ${tail}`;
}
