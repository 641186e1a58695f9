import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { checkouts } from "@/db/schema";
import { changeLine } from "@/lib/cart/queries";
import { cleanDraft, loadDraft, saveDraft } from "@/lib/checkout/drafts";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("checkout drafts on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());

  it("keeps only known fields, capped, and never card data", () => {
    expect(cleanDraft({ email: "a@b.co", cardNumber: "4242424242424242", isAdmin: "yes", fullName: "x".repeat(1000), count: 3 })).toEqual({
      email: "a@b.co",
      fullName: "x".repeat(300),
    });
    expect(cleanDraft(null)).toEqual({});
    expect(cleanDraft("junk")).toEqual({});
  });

  it("captures the email with its consent once it is valid (E1) and restores the form", async () => {
    const visitorId = "00000000-0000-4000-b000-000000000001";
    const mug = await variant("stoneware-mug", { color: "navy" });
    const added = await changeLine(handle.db, { visitorId, variantId: mug, quantity: 1, mode: "add" });
    const cartId = added.ok ? added.cartId : "";
    await saveDraft(handle.db, { cartId, visitorId, draft: { email: "ada@", fullName: "Ada" }, validEmail: null });
    let [row] = await handle.db.select().from(checkouts).where(eq(checkouts.cartId, cartId));
    expect(row).toMatchObject({ email: null, emailCapturedAt: null });
    await saveDraft(handle.db, { cartId, visitorId, draft: { email: "ada@example.com", fullName: "Ada", marketingConsent: "yes" }, validEmail: "ada@example.com" });
    [row] = await handle.db.select().from(checkouts).where(eq(checkouts.cartId, cartId));
    expect(row).toMatchObject({ email: "ada@example.com", marketingConsent: true });
    expect(row!.emailCapturedAt).toBeInstanceOf(Date);
    expect(await loadDraft(handle.db, { cartId })).toEqual({ email: "ada@example.com", fullName: "Ada", marketingConsent: "yes" });
  });
});
