import { describe, expect, it } from "vitest";
import { faqIndex, readQuestion, type FaqEntry } from "./bot";

async function faqOf(locale: string): Promise<ReturnType<typeof faqIndex>> {
  const { faq } = (await import(`../../messages/${locale}/pages.json`)).default as { faq: { groups: { id: string; items: { id: string; question: string; answer: string }[] }[] } };
  const entries: FaqEntry[] = faq.groups.flatMap((group) => group.items.map((item) => ({ ...item, group: group.id })));
  return faqIndex(entries);
}

describe("the bot's reading of a question", () => {
  it("finds the FAQ entry that answers a question in each of the four languages", async () => {
    const asked: [string, string, string][] = [
      ["en", "How long do I have to return something?", "return-window"],
      ["en", "can i exchange for a different size", "exchanges"],
      ["uk", "Скільки часу я маю на повернення товару?", "return-window"],
      ["ar", "هل أحتاج إلى حساب للشراء؟", "account-required"],
      ["fa", "آیا برای خرید به حساب کاربری نیاز دارم؟", "account-required"],
    ];
    for (const [locale, question, id] of asked) {
      const intent = readQuestion(question, await faqOf(locale));
      expect(intent, `${locale}: ${question}`).toMatchObject({ kind: "faq", entry: { id } });
    }
  });

  it("asks for the shopper's own figures when the question is what shipping costs or when it arrives", async () => {
    const en = await faqOf("en");
    expect(readQuestion("How much is shipping to Berlin?", en)).toEqual({ kind: "shipping" });
    expect(readQuestion("When will it arrive if I order today?", en)).toMatchObject({ kind: expect.stringMatching(/shipping|faq/) });
    expect(readQuestion("Скільки коштує доставка?", await faqOf("uk"))).toEqual({ kind: "shipping" });
    expect(readQuestion("هزینه ارسال چقدر است؟", await faqOf("fa"))).toEqual({ kind: "shipping" });
    // Where the store ships is the FAQ's answer, not a quote.
    expect(readQuestion("Where do you ship?", en)).toMatchObject({ kind: "faq", entry: { id: "where-do-you-ship" } });
  });

  it("reads an order number and email in any digits, and a request for a person, before anything else", async () => {
    const en = await faqOf("en");
    expect(readQuestion("Where is my order #100042? ada@example.com", en)).toEqual({ kind: "order_status", number: 100042, email: "ada@example.com" });
    expect(readQuestion("وضعیت سفارش ۱۰۰۰۴۲", await faqOf("fa"))).toEqual({ kind: "order_status", number: 100042, email: null });
    expect(readQuestion("Where is my order?", en)).toEqual({ kind: "order_status", number: null, email: null });
    expect(readQuestion("Can I talk to a real person about my order?", en)).toEqual({ kind: "person" });
  });

  it("says it is unsure rather than guessing, and greets a greeting", async () => {
    const en = await faqOf("en");
    expect(readQuestion("Zorblax quintessence?", en)).toEqual({ kind: "unsure" });
    expect(readQuestion("<script>alert(1)</script>", en)).toEqual({ kind: "unsure" });
    expect(readQuestion("Hello!", en)).toEqual({ kind: "greeting" });
  });
});
