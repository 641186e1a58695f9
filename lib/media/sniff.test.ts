import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part)));
const size = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

describe("sniffImageType", () => {
  it("knows JPEG, PNG, WebP and AVIF by their bytes", () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"))).toBe("image/jpeg");
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe1], "Exif"))).toBe("image/jpeg");
    expect(sniffImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"))).toBe("image/png");
    expect(sniffImageType(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(bytes(size(32), "ftypavif", [0, 0, 0, 0], "avifmif1miafMA1B"))).toBe("image/avif");
    // An image sequence, and AVIF named only among the compatible brands.
    expect(sniffImageType(bytes(size(24), "ftypavis", [0, 0, 0, 0], "avismsf1"))).toBe("image/avif");
    expect(sniffImageType(bytes(size(24), "ftypmif1", [0, 0, 0, 0], "mif1avif"))).toBe("image/avif");
  });

  it("refuses everything else, whatever the file is called", () => {
    expect(sniffImageType(bytes("GIF89a", [1, 0, 1, 0]))).toBeNull();
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(bytes("%PDF-1.7\n"))).toBeNull();
    expect(sniffImageType(bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "))).toBeNull();
    // HEIC: an ISO BMFF file, but not AVIF.
    expect(sniffImageType(bytes(size(24), "ftypheic", [0, 0, 0, 0], "mif1heic"))).toBeNull();
    // A brand past the ftyp box's own size does not count.
    expect(sniffImageType(bytes(size(16), "ftypmif1", [0, 0, 0, 0], "avif"))).toBeNull();
    expect(sniffImageType(bytes([0x89], "PN"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeNull();
  });
});
