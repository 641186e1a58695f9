import type { PostalAddress } from "@/db/schema";
import { emptyAddress, type AddressInput } from "@/lib/checkout/fields";

/** The tests' shopper's US address as an order stores it. */
export const portland: PostalAddress = { fullName: "Ada Lovelace", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" };

/** The same address as the checkout form holds it (with its state), changed where a test says. */
export const portlandInput = (overrides: Partial<AddressInput> = {}): AddressInput => ({
  ...emptyAddress,
  fullName: "Ada Lovelace",
  line1: "1 Main Street",
  postalCode: "97201",
  city: "Portland",
  region: "OR",
  country: "US",
  ...overrides,
});
