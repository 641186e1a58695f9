import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { insertEvent, listVisitorEvents } from "@/lib/analytics/queries";
import { getOutboxMail, listOutbox } from "@/lib/mail/queries";
import { sendMail } from "@/lib/mail/send";
import { ContactStaff } from "@/lib/mail/templates/contact-staff";
import { mailTranslator } from "@/lib/mail/translator";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("events and mail on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => handle?.close());

  it("appends events for a visitor with device class and locale", async () => {
    const visitorId = "6f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11";
    await insertEvent(handle.db, { name: "page_view", props: { page: "home" }, visitorId, device: "mobile", locale: "fa", path: "/fa" });
    await insertEvent(handle.db, { name: "search", props: { query: "mug", results: 3 }, visitorId, device: "mobile", locale: "fa", path: "/fa/search" });
    const events = await listVisitorEvents(handle.db, { visitorId, limit: 10 });
    expect(events.map((e) => e.name)).toEqual(["search", "page_view"]);
    expect(events[0]).toMatchObject({ device: "mobile", locale: "fa", props: { query: "mug", results: 3 } });
  });

  it("keeps every mail in the dev mailbox when no SMTP is configured, localized and right-to-left", async () => {
    const fa = await mailTranslator("fa");
    const { id, delivered } = await sendMail(handle.db, {
      to: "shopper@example.com",
      subject: fa.t("contactStaffSubject", { name: "Sara" }),
      template: "contact-staff",
      locale: "fa",
      body: createElement(ContactStaff, { ...fa, name: "Sara", email: "sara@example.com", message: "سلام! <b>bold</b>" }),
    });
    expect(delivered).toBe(true);
    const mail = await getOutboxMail(handle.db, { id });
    expect(mail).toMatchObject({ to: "shopper@example.com", transport: "dev-mailbox", locale: "fa" });
    expect(mail!.html).toContain('dir="rtl"');
    expect(mail!.html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(mail!.text).toContain("sara@example.com");
    expect((await listOutbox(handle.db, { limit: 5 }))[0]!.id).toBe(id);
  });
});
