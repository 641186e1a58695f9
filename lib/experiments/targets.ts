/**
 * The elements of the store an experiment can vary, and what each arm may show. An arm's `value`
 * is one of its target's options; the shopper-facing words of each option are in the messages
 * (`experiments.<target>.<option>`), so every arm speaks all four languages. The first option is
 * what the store shows without an experiment.
 */
export const experimentTargets = {
  /** The checkout's final button ("Place order · $40.39"). */
  place_order_button: ["placeOrder", "completePurchase", "buyNow", "confirmAndPay"],
  /** The cart's call to action to the checkout (summary and phone total bar). */
  cart_checkout_cta: ["checkout", "secureCheckout", "continueToCheckout"],
  /** The abandoned-cart sequence's last reminder: its incentive (the merchant's own, none, 10 % off, free shipping). */
  recovery_incentive: ["asConfigured", "none", "percent10", "freeShipping"],
  /** When the first abandoned-cart reminder goes out after the shopper's last activity (later ones keep their spacing). */
  recovery_timing: ["asConfigured", "after30Minutes", "after1Hour", "after24Hours"],
  /** The cart's free-shipping message: the amount still to go with its bar, the words alone, or nothing. */
  free_shipping_message: ["amountAndBar", "amountOnly", "hidden"],
  /** The checkout's layout: today's one page whose sections open in turn, every section open at once, or one step per screen. */
  checkout_layout: ["sections", "allOpen", "multiStep"],
} as const;

export type ExperimentTarget = keyof typeof experimentTargets;
export type TargetOption<Target extends ExperimentTarget> = (typeof experimentTargets)[Target][number];

export const targetNames = Object.keys(experimentTargets) as ExperimentTarget[];

export const isTarget = (value: unknown): value is ExperimentTarget => typeof value === "string" && Object.hasOwn(experimentTargets, value);

export const isOptionOf = (target: ExperimentTarget, value: unknown): boolean => (experimentTargets[target] as readonly string[]).includes(value as string);

/** An experiment has two to four arms; the first is the control. */
export const maxArms = 4;
