import { describe, expect, it } from "vitest";
import { listHref } from "./list-url";

describe("an admin list's URL", () => {
  it("keeps the view, drops empty values, and starts again at page 1 when the view changes", () => {
    const query = { q: "ada", status: undefined, sort: "total", dir: "asc", page: 3 };
    expect(listHref("/admin/orders", query, { page: 4 })).toBe("/admin/orders?q=ada&sort=total&dir=asc&page=4");
    expect(listHref("/admin/orders", query, { sort: "number" })).toBe("/admin/orders?q=ada&sort=number&dir=asc");
    expect(listHref("/admin/orders", query, { page: 1 })).toBe("/admin/orders?q=ada&sort=total&dir=asc");
    expect(listHref("/admin/orders", {}, {})).toBe("/admin/orders");
  });
});
