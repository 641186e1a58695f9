import { describe, expect, it } from "vitest";
import { heldMailNotice } from "./held-mail-notice";

describe("heldMailNotice", () => {
  it("says mail is held in the admin-only outbox when a public store has no SMTP_URL", () => {
    const notice = heldMailNotice({ siteUrl: "https://shop.example.com" });
    expect(notice).toMatch(/SMTP_URL is not set/);
    expect(notice).toMatch(/admin-only outbox/);
    expect(notice).toContain("https://shop.example.com/en/dev/mailbox");
    expect(notice).toMatch(/until SMTP_URL is set/);
  });

  it("treats a LAN or 0.0.0.0 address as public: other machines reach it", () => {
    expect(heldMailNotice({ siteUrl: "http://192.168.1.20:3000" })).not.toBeNull();
    expect(heldMailNotice({ siteUrl: "http://0.0.0.0:3000" })).not.toBeNull();
  });

  it("says nothing when mail is sent through SMTP", () => {
    expect(heldMailNotice({ siteUrl: "https://shop.example.com", smtpUrl: "smtp://u:p@mail:587" })).toBeNull();
  });

  it("says nothing for a store on this machine only", () => {
    for (const siteUrl of ["http://localhost:3000", "http://127.0.0.1:3100", "http://127.8.9.10", "http://[::1]:3000", "http://shop.localhost"]) {
      expect(heldMailNotice({ siteUrl }), siteUrl).toBeNull();
    }
  });
});
