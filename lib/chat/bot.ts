/**
 * The instant-answers bot's reading of a question (F2): which fact it asks for, and the FAQ entry
 * that best answers it, found by full-text search (MiniSearch: fuzzy, prefix, per language) over
 * the store's own FAQ. Plain TypeScript: the answer's words and facts are put together in
 * lib/chat/bot-answer.ts.
 */
import MiniSearch from "minisearch";

export interface FaqEntry {
  id: string;
  group: string;
  question: string;
  answer: string;
}

export type Intent =
  | { kind: "order_status"; number: number | null; email: string | null }
  | { kind: "shipping" }
  | { kind: "payment" }
  | { kind: "person" }
  | { kind: "greeting" }
  | { kind: "faq"; entry: FaqEntry }
  | { kind: "unsure" };

/** Words that name each fact, in the store's four languages (stems: "доставк" covers доставка, доставки…). */
const cues = {
  order: [/\bmy orders?\b/i, /\border (number|status|no\.?)\b/i, /\btrack/i, /\bparcel\b/i, /\bpackage\b/i, /замовлен/i, /посилк/i, /відстеж/i, /طلب/, /شحنت/, /تتبع/, /سفارش/, /مرسوله/, /پیگیری/],
  status: [/\bwhere\b/i, /\bstatus\b/i, /\btrack/i, /\bwhen\b/i, /\barriv/i, /\bshipped\b/i, /(^|\s)де(\s|\?|$)/i, /статус/i, /відстеж/i, /коли/i, /أين/, /حالة/, /تتبع/, /متى/, /کجا/, /وضعیت/, /پیگیری/, /(^|\s)کی(\s|\?|؟|$)/],
  shipping: [/\bship/i, /\bdeliver/i, /\bpostage\b/i, /\bcourier\b/i, /\barriv/i, /доставк/i, /відправ/i, /надійд/i, /شحن/, /توصيل/, /وصول/, /ارسال/, /تحویل/, /پست/],
  /** How much, or how long: what the shopper's own figures answer. */
  costOrTime: [/\bhow much\b/i, /\bcost/i, /\bprice/i, /\bfee/i, /\bfree\b/i, /\bwhen\b/i, /\bhow long\b/i, /\bhow fast\b/i, /\bdays?\b/i, /\barriv/i, /скільки/i, /варт/i, /цін/i, /безкоштовн/i, /коли/i, /днів/i, /швидко/i, /كم/, /تكلف/, /سعر/, /مجان/, /متى/, /أيام/, /چقدر/, /هزینه/, /قیمت/, /رایگان/, /(^|\s)کی(\s|\?|؟|$)/, /چند روز/, /زمان/],
  payment: [/\bpay(ment|ing)?\b/i, /\bcards?\b/i, /\bcash\b/i, /\btransfer\b/i, /\bvisa\b/i, /\bmastercard\b/i, /оплат/i, /картк/i, /готівк/i, /دفع/, /بطاق/, /نقد/, /پرداخت/, /کارت/, /نقدی/],
  person: [/\bhuman\b/i, /\bperson\b/i, /\bagent\b/i, /\bsomeone\b/i, /\breal people\b/i, /люд(ин|ьми)/i, /оператор/i, /менеджер/i, /شخص/, /موظف/, /إنسان/, /انسان/, /اپراتور/, /پشتیبان/],
  greeting: [/^\s*(hi|hello|hey|good (morning|afternoon|evening))\b/i, /^\s*(привіт|добр(ий|ого) (день|ранку|вечора)|вітаю)/i, /^\s*(مرحب|السلام عليكم|أهلا)/, /^\s*(سلام|درود)/],
};

const matches = (text: string, patterns: RegExp[]) => patterns.some((pattern) => pattern.test(text));

/** An order number as the store writes them (six digits, maybe after "#"), in any digits. */
const orderNumberPattern = /#?\s*(\d{6})\b/;
const emailPattern = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/;

/** Arabic-Indic and Persian digits as Latin ones, so "۱۰۰۰۴۲" is an order number too. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** Words too common to tell FAQ entries apart. */
const stopWords = new Set(
  "a an the is are do does i my me you your we our to of for in on at it can how what when where which will with and or be this that there have has як що де чи я мій моє мої ви ваш ми наш у в на до з і й та чи це є ما هل في من إلى على أن عن كيف متى أين هو هي انا أنا من به با در از که را این آن است آیا چگونه چطور کی کجا من شما ما".split(" "),
);

/** A search index over one language's FAQ. */
export function faqIndex(entries: FaqEntry[]) {
  const index = new MiniSearch<FaqEntry>({
    fields: ["question", "answer"],
    storeFields: ["id", "group", "question", "answer"],
    processTerm: (term) => {
      const word = term.toLowerCase();
      return word.length < 2 || stopWords.has(word) ? null : word;
    },
    searchOptions: { boost: { question: 2 }, fuzzy: 0.2, prefix: true, combineWith: "OR" },
  });
  index.addAll(entries);
  return { search: (question: string) => index.search(question) };
}

/**
 * The FAQ entry that answers the question, or null when none is a clear match: the best hit must
 * share at least two meaningful words with the question (one, when the question has only one).
 */
export function bestFaqEntry(index: ReturnType<typeof faqIndex>, question: string): FaqEntry | null {
  const words = question
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((word) => word.length >= 2 && !stopWords.has(word));
  if (!words.length) return null;
  const [best] = index.search(question);
  if (!best) return null;
  const needed = Math.min(2, words.length);
  return best.terms.length >= needed ? { id: best.id as string, group: best.group as string, question: best.question as string, answer: best.answer as string } : null;
}

/**
 * What the shopper asks for: an order's status (with its number and email if given), shipping
 * prices and dates, payment methods, a person, a greeting, else the best FAQ entry, else unsure.
 */
export function readQuestion(text: string, index: ReturnType<typeof faqIndex>): Intent {
  const question = latinDigits(text).trim();
  const number = orderNumberPattern.exec(question)?.[1];
  const email = emailPattern.exec(question)?.[0] ?? null;
  if (matches(question, cues.person)) return { kind: "person" };
  if (number || (matches(question, cues.order) && matches(question, cues.status))) {
    return { kind: "order_status", number: number ? Number(number) : null, email: email?.toLowerCase() ?? null };
  }
  const entry = bestFaqEntry(index, question);
  // What shipping costs or when it arrives gets the shopper's own figures, not the general answer.
  if (matches(question, cues.shipping) && matches(question, cues.costOrTime) && (!entry || entry.group === "shipping")) return { kind: "shipping" };
  if (matches(question, cues.payment) && (!entry || entry.group === "payment")) return { kind: "payment" };
  if (entry) return { kind: "faq", entry };
  if (matches(question, cues.greeting)) return { kind: "greeting" };
  return { kind: "unsure" };
}
