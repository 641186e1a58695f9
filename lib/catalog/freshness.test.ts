import { describe, expect, it } from "vitest";
import { catalogChannel, catalogVersionTracker } from "./freshness";

/** A database stand-in: records the LISTEN and lets the test announce or drop the connection. */
function fakeDatabase() {
  const channels: string[] = [];
  let onPayload: (payload: string) => void = () => {};
  let onListen: (() => void) | undefined;
  return {
    channels,
    announce: (payload: string) => onPayload(payload),
    reconnect: () => onListen?.(),
    async listen(channel: string, payload: (payload: string) => void, listen?: () => void) {
      channels.push(channel);
      onPayload = payload;
      onListen = listen;
      listen?.();
      return async () => {};
    },
  };
}

describe("catalog versions", () => {
  it("listen once, however many requests ask", async () => {
    const db = fakeDatabase();
    const tracker = catalogVersionTracker(db);
    await Promise.all([tracker.ready(), tracker.ready(), tracker.ready()]);
    expect(db.channels).toEqual([catalogChannel]);
  });

  it("a product's announcement changes its page and the listings, not another product or the pricing", async () => {
    const db = fakeDatabase();
    const versions = await catalogVersionTracker(db).ready();
    const before = [versions.product("mug"), versions.product("pen"), versions.listing(), versions.pricing()];
    db.announce("product:mug");
    expect(versions.product("mug")).not.toBe(before[0]);
    expect(versions.product("pen")).toBe(before[1]);
    expect(versions.listing()).not.toBe(before[2]);
    expect(versions.pricing()).toBe(before[3]);
  });

  it("a catalog-wide announcement changes every page; a pricing one only the pricing", async () => {
    const db = fakeDatabase();
    const versions = await catalogVersionTracker(db).ready();
    const product = versions.product("mug");
    const pricing = versions.pricing();
    db.announce("pricing");
    expect(versions.product("mug")).toBe(product);
    expect(versions.pricing()).not.toBe(pricing);
    db.announce("*");
    expect(versions.product("mug")).not.toBe(product);
  });

  it("after a lost connection everything counts as changed (announcements may have been missed)", async () => {
    const db = fakeDatabase();
    const versions = await catalogVersionTracker(db).ready();
    const before = [versions.product("mug"), versions.listing(), versions.pricing()];
    db.reconnect();
    expect([versions.product("mug"), versions.listing(), versions.pricing()].every((v, i) => v !== before[i])).toBe(true);
  });

  it("a failed LISTEN is tried again by the next request", async () => {
    let attempts = 0;
    const tracker = catalogVersionTracker({
      async listen() {
        attempts++;
        if (attempts === 1) throw new Error("database down");
        return async () => {};
      },
    });
    await expect(tracker.ready()).rejects.toThrow("database down");
    await expect(tracker.ready()).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });
});
