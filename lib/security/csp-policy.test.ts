import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, scriptHashes } from "./csp-policy.mjs";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("the store's content security policy", () => {
  it("lets scripts run by nonce or hash only, never 'unsafe-inline', and reports what it blocks", () => {
    const byNonce = contentSecurityPolicy({ scripts: { nonce: "abc123" } });
    expect(directive(byNonce, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'report-sample'");
    const byHash = contentSecurityPolicy({ scripts: { hashes: ["sha256-x", "sha256-y"] } });
    expect(directive(byHash, "script-src")).toBe("script-src 'self' 'sha256-x' 'sha256-y' 'report-sample'");
    for (const policy of [byNonce, byHash]) {
      expect(directive(policy, "script-src")).not.toContain("unsafe");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toContain("report-uri /api/csp-reports");
      expect(policy).not.toContain("stripe");
    }
  });

  it("allows Stripe's script, frames and API only when asked (the checkout, with Stripe keys)", () => {
    const policy = contentSecurityPolicy({ scripts: { nonce: "n" }, stripe: true });
    expect(directive(policy, "script-src")).toContain("https://js.stripe.com");
    expect(directive(policy, "frame-src")).toBe("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://api.stripe.com");
    expect(directive(contentSecurityPolicy({ scripts: { nonce: "n" } }), "frame-src")).toBe("frame-src 'none'");
  });

  it("adds eval only in development, and the image storage's origin where images are stored elsewhere", () => {
    expect(directive(contentSecurityPolicy({ scripts: { nonce: "n" }, dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy({ scripts: { nonce: "n" }, imageOrigins: ["https://media.example"] }), "img-src")).toBe(
      "img-src 'self' data: blob: https://media.example",
    );
  });
});

describe("scriptHashes", () => {
  it("hashes every inline script's exact text once, in order, and skips scripts with a src and data blocks", () => {
    const html = [
      `<script>self.__next_f=[]</script>`,
      `<script src="/_next/static/chunks/main.js" async=""></script>`,
      `<script type="application/ld+json">{"@type":"Product"}</script>`,
      `<script id="x" type="text/javascript">a()</script>`,
      `<script type=module>b()</script>`,
      `<script>self.__next_f=[]</script>`,
      `<SCRIPT>\n multi\nline </SCRIPT>`,
    ].join("");
    expect(scriptHashes(html)).toEqual([sha256("self.__next_f=[]"), sha256("a()"), sha256("b()"), sha256("\n multi\nline ")]);
  });

  it("finds nothing to hash in a page without inline scripts", () => {
    expect(scriptHashes(`<html><body><script src="/a.js"></script><p>script</p></body></html>`)).toEqual([]);
  });
});
