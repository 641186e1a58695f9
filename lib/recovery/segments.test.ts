import { describe, expect, it } from "vitest";
import { store } from "@/lib/store/config";
import { segmentOf, treatmentFor, type SegmentRule } from "./segments";

describe("a cart's segment (E5)", () => {
  it("is as hot as the furthest the shopper got", () => {
    expect(segmentOf({ reachedCheckout: true, viewedOrAdded: true, cameBefore: false })).toEqual({ temperature: "hot", visitor: "new" });
    expect(segmentOf({ reachedCheckout: false, viewedOrAdded: true, cameBefore: true })).toEqual({ temperature: "warm", visitor: "returning" });
    expect(segmentOf({ reachedCheckout: false, viewedOrAdded: false, cameBefore: false })).toEqual({ temperature: "cold", visitor: "new" });
  });

  it("gets the first matching rule's treatment, else the whole sequence", () => {
    const rules: SegmentRule[] = [
      { when: { temperature: "hot", visitor: "returning" }, treatment: "no-incentive" },
      { when: { temperature: "cold" }, treatment: "none" },
      { when: { visitor: "returning" }, treatment: "first-only" },
    ];
    expect(treatmentFor({ temperature: "hot", visitor: "returning" }, rules)).toBe("no-incentive");
    expect(treatmentFor({ temperature: "cold", visitor: "returning" }, rules)).toBe("none");
    expect(treatmentFor({ temperature: "warm", visitor: "returning" }, rules)).toBe("first-only");
    expect(treatmentFor({ temperature: "hot", visitor: "new" }, rules)).toBe("sequence");
    expect(treatmentFor({ temperature: "hot", visitor: "new" }, [])).toBe("sequence");
  });

  it("by default gives cold carts one reminder and returning customers no discount", () => {
    const rules = store.recovery.segments;
    expect(treatmentFor({ temperature: "cold", visitor: "new" }, rules)).toBe("first-only");
    expect(treatmentFor({ temperature: "hot", visitor: "returning" }, rules)).toBe("no-incentive");
    expect(treatmentFor({ temperature: "warm", visitor: "new" }, rules)).toBe("sequence");
  });
});
