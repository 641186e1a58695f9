import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { actionResult, actionStateCall, formFieldsOf, serverActionId } from "./server-action-request";

/** The product page's "Add to cart" for one variant, and the cart page's quantity stepper for the same line. */
const productPath = "/en/p/brushed-fleece-hoodie?size=M&color=charcoal";
const cartPath = "/en/cart";

export interface CartChangeFigures {
  requests: number;
  add: number[];
  quantity: number[];
  failed: number;
  /** How the cart of the first shopper was read back after the run. */
  check: string;
}

/** The count the header's cart link announces to screen readers ("Cart, 2 items"). */
async function cartCount(url: string, cookie: string): Promise<number> {
  const html = await (await fetch(url + cartPath, { headers: { cookie } })).text();
  const match = /Cart, (?:empty|(\d+) items?)/.exec(html);
  if (!match) throw new Error("The cart page shows no cart count.");
  return Number(match[1] ?? 0);
}

/**
 * Add-to-cart and quantity changes through the real server action path, one shopper (visitor and
 * cart cookies) per connection so no two connections wait on the same cart row. Each connection
 * alternates "add 1" (the line goes 1 → 2) and "set quantity to 1", so the line never reaches the
 * stock or the per-line cap and every call does the full write.
 */
export async function loadCartChanges(url: string, options: { connections: number; seconds: number }): Promise<CartChangeFigures> {
  const addId = serverActionId("lib/cart/actions.ts", "addToCart");
  const setId = serverActionId("lib/cart/actions.ts", "updateCartLine");
  const productHtml = await (await fetch(url + productPath)).text();
  const addFields = formFieldsOf(productHtml, addId);
  const variantId = addFields.find(([name]) => name === "variantId")?.[1];
  if (!variantId) throw new Error(`The Add to cart form on ${productPath} names no variant.`);
  // What the stepper sends (components/cart/line-controls.tsx): a FormData of its own, not the form's.
  const setFields = (quantity: string): [string, string][] => [
    ["variantId", variantId],
    ["quantity", quantity],
    ["locale", "en"],
  ];
  const add = (cookie: string) => ({ method: "POST" as const, path: productPath, ...actionStateCall(url, addId, addFields, cookie) });
  const set = (cookie: string, quantity = "1") => ({ method: "POST" as const, path: cartPath, ...actionStateCall(url, setId, setFields(quantity), cookie) });

  // Each shopper's first add creates the cart and its signed cookie, as in a browser.
  const shoppers: string[] = [];
  for (let i = 0; i < options.connections; i++) {
    const visitor = `vid=${randomUUID()}`;
    if (i === 0 && (await cartCount(url, visitor)) !== 0) throw new Error("A new visitor's cart is not empty.");
    const response = await fetch(url + productPath, add(visitor));
    // The cart cookie and its renewal mark, as a browser keeps them (lib/cart/visitor.ts keepCart).
    const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
    if (actionResult(await response.text()).status !== "done" || !cookies.some((c) => c.startsWith("cart="))) {
      throw new Error("Add to cart did not answer done with a cart cookie.");
    }
    shoppers.push([visitor, ...cookies].join("; "));
  }
  const before = await cartCount(url, shoppers[0]!);
  if (before !== 1) throw new Error(`After one add the cart count reads ${before}, not 1.`);

  const times = { add: [] as number[], quantity: [] as number[] };
  let failed = 0;
  let lastQuantityOfFirst = 1;
  let nextShopper = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    setupClient(client) {
      const shopper = nextShopper++;
      const cookie = shoppers[shopper % shoppers.length]!;
      const check = (status: number, body: string) => {
        const outcome = actionResult(body);
        if (status === 200 && outcome.status !== "done") failed++;
        else if (shopper === 0 && outcome.quantity !== undefined) lastQuantityOfFirst = outcome.quantity;
      };
      client.setRequests([
        { ...add(cookie), onResponse: check },
        { ...set(cookie), onResponse: check },
      ]);
      // One request at a time per connection, in the order above.
      let sent = 0;
      client.on("response", (_status: number, _bytes: number, duration: number) => {
        (sent++ % 2 === 0 ? times.add : times.quantity).push(duration);
      });
    },
  });
  // A call cut off at the end of the run may still land: let it, then read the cart back, and
  // check one more change shows (the run's answers alone could come from a cart that never changes).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await cartCount(url, shoppers[0]!);
  const changed = await fetch(url + cartPath, set(shoppers[0]!, "3"));
  const changedTo = actionResult(await changed.text()).quantity;
  const final = await cartCount(url, shoppers[0]!);
  const check = `the first shopper's cart read 0 → 1 item after its first add, ${after} after the run (its line alternates 1 ↔ 2; last answer ${lastQuantityOfFirst}), ${final} after setting 3`;
  if ((after !== 1 && after !== 2) || changedTo !== 3 || final !== 3) throw new Error(`Cart changes went wrong: ${check}.`);
  return { requests: result.requests.total, add: times.add, quantity: times.quantity, failed: failed + result.non2xx, check };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
