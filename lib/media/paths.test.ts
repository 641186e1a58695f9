import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMediaKey, mediaContentType, mediaFilePath } from "./paths";

const key = `${"ab12".repeat(16)}.webp`;
const root = path.resolve("/srv/store/uploads");

describe("mediaFilePath", () => {
  it("finds a stored image's file inside the uploads folder", () => {
    expect(mediaFilePath(root, [key])).toBe(path.join(root, key));
    expect(mediaFilePath("relative/uploads", [key])).toBe(path.resolve("relative/uploads", key));
    expect(isMediaKey(key)).toBe(true);
    expect(mediaContentType(key)).toBe("image/webp");
  });

  it.each([
    ["a parent folder", ["..", key]],
    ["a traversal in one segment", [`../${key}`]],
    ["an absolute path", [`/etc/${key}`]],
    ["a backslash", [`..\\${key}`]],
    ["an encoded slash", [`..%2F${key}`]],
    ["a NUL byte", [`${key}\0.png`]],
    ["a sub-folder", ["ab", key]],
    ["nothing", []],
    ["the folder itself", ["."]],
    ["a hidden file", [".env"]],
    ["another extension", [key.replace(".webp", ".html")]],
    ["upper-case hex", [key.toUpperCase().replace(".WEBP", ".webp")]],
    ["a short name", ["abc.webp"]],
    ["a name with a suffix", [`${key}.webp`]],
  ])("refuses %s", (_label, segments) => {
    expect(mediaFilePath(root, segments)).toBeNull();
  });
});
