import { randomUUID } from "node:crypto";
import { actionResult, actionStateCall, formFieldsOf, serverActionId } from "./server-action-request";

/**
 * A shopper over plain HTTP, through the store's real server actions as a browser calls them:
 * add to cart, maybe a coupon, then "Place order" with the address and payment typed in. Used by
 * the scripts that put the store under stress (`npm run chaos`, `npm run instances -- --bench`).
 * A request cut off (the server died, the proxy dropped it) is sent again, same cookies and body,
 * as a browser's retry would be.
 */
export const productPath = "/en/p/brushed-fleece-hoodie?size=M&color=charcoal";

export type PaymentKind = "card" | "cash" | "declined";
export interface ShopperOutcome {
  email: string;
  kind: PaymentKind;
  coupon: boolean;
  result: "placed" | "declined";
  number?: number;
  retries: number;
}

export interface StoreActions {
  add: string;
  coupon: string;
  submit: string;
  addFields: [string, string][];
  variantId: number;
}

/** The build's action ids and the product page's Add to cart form. */
export async function storeActions(url: string): Promise<StoreActions> {
  const add = serverActionId("lib/cart/actions.ts", "addToCart");
  const page = await fetch(url + productPath);
  const html = await page.text();
  if (!page.ok) throw new Error(`${productPath} answered ${page.status}: ${html.slice(0, 200)}`);
  const addFields = formFieldsOf(html, add);
  const variantId = Number(addFields.find(([field]) => field === "variantId")?.[1]);
  if (!Number.isInteger(variantId)) throw new Error(`The Add to cart form on ${productPath} names no variant.`);
  return { add, coupon: serverActionId("lib/cart/actions.ts", "applyCoupon"), submit: serverActionId("lib/checkout/actions.ts", "submitOrder"), addFields, variantId };
}

export class HttpShopper {
  cookie: string;
  requestsResent = 0;

  constructor(
    /** The server this shopper talks to (another instance of the store can be put here). */
    public url: string,
    private readonly actions: StoreActions,
    /** The client address a proxy in front would report, so per-IP limits count shoppers, not the script. */
    private readonly forwardedFor: string,
    readonly visitor = randomUUID(),
  ) {
    this.cookie = `vid=${visitor}`;
  }

  /** One request, sent again (same cookies, same body) until a server answers it in full. */
  async send(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(this.url + path, {
          ...init,
          // Straight to a store, X-Forwarded-For says who the shopper is; through nginx (which appends the
          // address it saw, this machine's), x-client-ip does, for a store started with CLIENT_IP_HEADER=x-client-ip.
          headers: { cookie: this.cookie, "x-forwarded-for": this.forwardedFor, "x-client-ip": this.forwardedFor, ...(init.headers as Record<string, string>) },
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        });
        const answer = { status: response.status, headers: response.headers, text: await response.text() };
        this.keep(answer.headers);
        return answer;
      } catch (error) {
        this.requestsResent++;
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  }

  private keep(headers: Headers) {
    const jar = new Map(this.cookie.split("; ").map((c) => [c.slice(0, c.indexOf("=")), c] as const));
    for (const c of headers.getSetCookie().map((set) => set.split(";")[0]!)) jar.set(c.slice(0, c.indexOf("=")), c);
    this.cookie = [...jar.values()].join("; ");
  }

  post(path: string, actionId: string, fields: [string, string][]) {
    const call = actionStateCall(this.url, actionId, fields, this.cookie);
    return this.send(path, { method: "POST", headers: call.headers, body: call.body });
  }

  /** Adds the product until the store answers "done" (a retry after a lost answer may add a second unit). */
  async addToCart(): Promise<number> {
    for (let retries = 0; ; retries++) {
      if (actionResult((await this.post(productPath, this.actions.add, this.actions.addFields)).text).status === "done") return retries;
    }
  }

  async applyCoupon(code: string): Promise<{ status?: string; message?: string }> {
    return actionResult((await this.post("/en/cart", this.actions.coupon, [["code", code], ["locale", "en"]])).text) as { status?: string; message?: string };
  }

  /** "Place order": asks with a wrong total first and takes the one the store names, as the page shows it. */
  async placeOrder(email: string, kind: PaymentKind): Promise<{ result: "placed" | "declined"; number?: number; retries: number }> {
    const fields = (expectedTotal: string): [string, string][] => [
      ["locale", "en"],
      ["expectedTotal", expectedTotal],
      ["expectedCurrency", "USD"],
      ["email", email],
      ["fullName", "Load Shopper"],
      ["country", "US"],
      ["postalCode", "97201"],
      ["region", "OR"],
      ["city", "Portland"],
      ["line1", "1 Main Street"],
      ["line2", ""],
      ["billingSame", "yes"],
      ["shippingMethodId", ""],
      ["paymentMethod", kind === "cash" ? "cash_on_delivery" : "card"],
      ["cardNumber", kind === "declined" ? "4000 0000 0000 0002" : kind === "card" ? "4242 4242 4242 4242" : ""],
      ["cardExpiry", kind === "cash" ? "" : "12/34"],
      ["cardCvc", kind === "cash" ? "" : "123"],
    ];
    let expected = "0";
    let last = "";
    let retries = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await this.post("/en/checkout", this.actions.submit, fields(expected));
      const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "";
      const placed = /\/orders\/(\d+)/.exec(redirect);
      if (placed) return { result: "placed", number: Number(placed[1]), retries };
      const answer = actionResult(response.text) as { status?: string; message?: string };
      last = JSON.stringify(answer).slice(0, 300) || response.text.slice(0, 300);
      const total = /The total changed to \$([\d,]+)\.(\d\d)/.exec(answer.message ?? "");
      if (total) {
        expected = `${total[1]!.replaceAll(",", "")}${total[2]}`;
        continue;
      }
      if (answer.message?.includes("declined")) return { result: "declined", retries };
      retries++;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`Shopper ${email} could not place an order in 20 attempts; the last answer: ${last}`);
  }
}
