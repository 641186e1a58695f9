import { describe, expect, it } from "vitest";
import { eventStream, maxStreamsPerOwner } from "./event-stream";

const open = (owner: string) => {
  const browser = new AbortController();
  const response = eventStream(new Request("http://shop.test/api/cart/stream", { signal: browser.signal }), async () => () => {}, { owner });
  return { browser, response };
};

describe("eventStream", () => {
  it(`lets one owner hold ${maxStreamsPerOwner} streams, refuses the next with 429, and takes one again after a stream ends`, async () => {
    const owner = `visitor-${crypto.randomUUID()}`;
    const streams = Array.from({ length: maxStreamsPerOwner }, () => open(owner));
    for (const stream of streams) expect((await stream.response).status).toBe(200);
    const refused = await open(owner).response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.text()).toContain("Too many open live connections");
    // Another browser is not affected.
    expect((await open(`visitor-${crypto.randomUUID()}`).response).status).toBe(200);
    // The browser leaves one tab: the next stream is taken.
    streams[0]!.browser.abort();
    expect((await open(owner).response).status).toBe(200);
    expect((await open(owner).response).status).toBe(429);
  });
});
