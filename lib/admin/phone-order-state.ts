/** What the phone-order form shows after its action: nothing yet, a problem per field, or the priced order to read out and place. */
export type PhoneOrderState =
  | { status: "idle" }
  | { status: "error"; message: string; fields?: Record<string, string>; values?: Record<string, string>; at?: number }
  | {
      status: "preview";
      values: Record<string, string>;
      at: number;
      /** Said above the figures: the total changed since the last preview, or the coupon does not apply. */
      notice: string | null;
      expectedTotal: number;
      currency: string;
      lines: { sku: string; name: string; quantity: number; total: string }[];
      figures: { label: string; value: string }[];
      shippingOptions: { id: string; label: string }[];
      selectedShipping: string;
    };
