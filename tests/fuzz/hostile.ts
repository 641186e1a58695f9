import fc from "fast-check";

/**
 * Hostile values for the fuzz tests: what an attacker, a broken client or a pasted spreadsheet
 * sends to a form, a server action's arguments, a JSON body, a cookie or a query string.
 */

/** Names that reach Object.prototype when a parser assigns them carelessly. */
export const pollutionKeys = ["__proto__", "constructor", "prototype", "__defineGetter__", "toString", "valueOf", "hasOwnProperty"] as const;

/** Bidirectional controls, zero-width and other invisible marks (U+202E RIGHT-TO-LEFT OVERRIDE first). */
const invisibleMarks = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u200f", "\u200e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u061c"];

/** C0 and C1 control characters, NUL first: PostgreSQL stores no NUL in text or jsonb. */
const controlCharacters = ["\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\u000b", "\f", "\r", "\u001b", "\u001f", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029"];

/** Text that looks like a number to a careless parser. */
const numberLikeText = ["NaN", "Infinity", "-Infinity", "-0", "0", "-1", "1e309", "1e-309", "9007199254740993", "-9007199254740993", "2147483648", "0x1F", "0b11", "1_000", "١٢٣", "۱۲۳", "１２３", " 12 ", "1,5", "1.5", ".5", "5.", "+3", "1e3", "99999999999999999999999"];

/** Payloads aimed at the layers behind a field: SQL, HTML, templates, paths, formats. */
const injectionText = [
  "'; drop table carts; --",
  "\" or 1=1 --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}",
  "${7*7}",
  "{count, plural, one {#} other {#}}",
  "%s%s%s%n",
  "../../etc/passwd",
  "javascript:alert(1)",
  "//evil.example/",
  "\\\\evil\\share",
  "a@b.c\r\nBcc: victim@example.com",
  "=cmd|' /C calc'!A0",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "[object Object]",
];

/** Mixed scripts and shapes: right-to-left text, combining marks, emoji with joiners, astral letters. */
const unicodeText = ["مرحبا بالعالم", "שָׁלוֹם", "Привіт, світе", "سلام دنیا", "Z̴̡̛a̵l̶g̷o̵", "👩‍👩‍👧‍👦🏳️‍🌈", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﷺ", "ǅ", "İstanbul", "ß", "ﬃ", "\u0301\u0301\u0301"];

/** Shapes that a lookup treats specially: nothing, only spaces, a dot, very long words. */
const edgeText = ["", " ", "   ", "\u00a0", "\u3000", ".", "-", "_", "@", "#", "0", "a"];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A string of a few of the special pieces above, with ordinary text between them. */
const mixedText = fc
  .array(fc.oneof(pick(invisibleMarks), pick(controlCharacters), pick(unicodeText), pick(injectionText), pick(pollutionKeys), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));

/** Very long text: past every field limit, up to a few hundred kilobytes. */
const hugeText = fc
  .tuple(fc.oneof(pick(["x", "9", "é", "\u202e", "𝔘", "👩‍👩‍👧", "\u0000", " "]), fc.string({ minLength: 1, maxLength: 4, unit: "binary" })), fc.integer({ min: 1_000, max: 300_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/**
 * A string as a form or a URL can carry it: any Unicode scalar value (never a lone surrogate,
 * which browsers replace before sending), with the hostile cases weighted up.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mixedText },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }) },
  { weight: 1, arbitrary: pick(numberLikeText) },
  { weight: 1, arbitrary: pick(injectionText) },
  { weight: 1, arbitrary: pick(pollutionKeys) },
  { weight: 1, arbitrary: pick(edgeText) },
  { weight: 1, arbitrary: pick([...invisibleMarks, ...controlCharacters]) },
  // A NUL inside otherwise ordinary text: PostgreSQL refuses it in every text parameter.
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map(([before, after]) => `${before}\u0000${after}`) },
  { weight: 1, arbitrary: hugeText },
);

/** A string JSON (or a server action's encoded arguments) can carry: lone surrogates too. */
export const hostileJsonString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "a\udfffb", "\udbff\udbff", "x\ud83d") },
);

/** Numbers a careless check lets through: not finite, negative, fractional, past every limit. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  pick([Number.NaN, Infinity, -Infinity, -0, 0, -1, 0.5, -0.5, 1e-300, 1e21, 1e308, -1e308, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, Number.MAX_VALUE, Number.EPSILON]),
  fc.integer(),
  fc.double(),
);

/** Any value a JSON body or a server action's arguments can hold, hostile shapes weighted up. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: hostileJsonString },
    { weight: 2, arbitrary: hostileNumber },
    { weight: 1, arbitrary: pick([null, undefined, true, false, 0n, 10n ** 30n]) },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(pick(pollutionKeys), hostileString), tie("value"), { maxKeys: 4 }) },
    { weight: 1, arbitrary: pick<unknown>([new Date(Number.NaN), new Date(8.64e15), new Map([["a", 1]]), new Set([1])]) },
  ),
})).value;

/** Parsed JSON only (what JSON.parse can give): no undefined, bigint, Date or symbol. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: hostileJsonString },
    { weight: 2, arbitrary: hostileNumber.map((n) => (Number.isFinite(n) ? n : null)) },
    { weight: 1, arbitrary: pick([null, true, false]) },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(pick(pollutionKeys), hostileString), tie("value"), { maxKeys: 4 }) },
  ),
})).value;

/**
 * An object for a typed server action argument: each of `keys` missing, right-typed-but-hostile or
 * of another type; pollution keys set as own properties (as a parsed payload has them). Sometimes
 * the whole argument is not an object at all.
 */
export function hostileArgument(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const entries = Object.entries(fields).map(([key, good]) =>
    fc.option(fc.oneof({ weight: 2, arbitrary: good }, { weight: 2, arbitrary: hostileValue }), { nil: undefined, freq: 4 }).map((value) => [key, value] as const),
  );
  const extra = fc.array(fc.tuple(fc.oneof(pick(pollutionKeys), hostileString), hostileValue), { maxLength: 3 });
  const object = fc.tuple(fc.tuple(...entries), extra).map(([known, more]) => {
    const argument: Record<string, unknown> = {};
    for (const [key, value] of [...known, ...more]) {
      if (value !== undefined) Object.defineProperty(argument, key, { value, enumerable: true, configurable: true, writable: true });
    }
    return argument;
  });
  return fc.oneof({ weight: 8, arbitrary: object }, { weight: 1, arbitrary: pick<unknown>([null, undefined, 0, "", [], "[object Object]"]) }, { weight: 1, arbitrary: hostileValue });
}

/** What a form field can carry: text, a file where text is expected, or the same name several times. */
export type FormValue = string | { file: string; type: string } | string[];

const hostileFile = fc.record({ file: fc.oneof(hostileString, fc.constant("")), type: pick(["", "text/plain", "image/png", "application/octet-stream", "text/html"]) });

/** A field's value: usually hostile text, sometimes a valid-looking one, a file or a repeat. */
export function hostileField(good?: fc.Arbitrary<string>): fc.Arbitrary<FormValue | undefined> {
  const text = good ? fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: good }) : hostileString;
  return fc.oneof(
    { weight: 8, arbitrary: text },
    { weight: 1, arbitrary: hostileFile },
    { weight: 1, arbitrary: fc.array(text, { minLength: 2, maxLength: 3 }) },
    { weight: 2, arbitrary: fc.constant(undefined) },
  );
}

/**
 * A whole hostile form: every named field as `hostileField` makes it (missing sometimes), plus
 * fields a page never sends, prototype-pollution names among them. `fixed` fields are set as given
 * (a locale, an intent) so the action reaches its checks.
 */
export function hostileForm(fields: Record<string, fc.Arbitrary<string> | null>, fixed: Record<string, string> = {}): fc.Arbitrary<FormData> {
  const named = Object.entries(fields).map(([name, good]) => hostileField(good ?? undefined).map((value) => [name, value] as const));
  const extra = fc.array(fc.tuple(fc.oneof(pick(pollutionKeys), hostileString.filter((name) => name.length < 200)), hostileField()), { maxLength: 3 });
  return fc
    .tuple(fc.tuple(...named), extra, fc.constantFrom("en", "fa", "ar", "uk", "de", "__proto__", "EN", ""))
    .map(([known, more, locale]) => toFormData([["locale", locale], ...Object.entries(fixed), ...known, ...more]));
}

export function toFormData(entries: readonly (readonly [string, FormValue | undefined])[]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    if (typeof value === "string") form.append(name, value);
    else if (Array.isArray(value)) for (const each of value) form.append(name, each);
    else form.append(name, new File([value.file], "upload.bin", { type: value.type }));
  }
  return form;
}

/** A value for a header: what an HTTP parser hands on (Latin-1, no line breaks, no NUL). */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 60, unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)) }),
  pick(["", "null", "1.2.3.4, 5.6.7.8", "::1", "999.999.999.999", "unknown", "-1", "NaN", "x".repeat(8_000), "../..", "__proto__", "en;q=NaN", "*"]),
);

/** Whether anything reached Object.prototype during a run (a polluted prototype is shared by every request). */
export function prototypePolluted(): string | null {
  const own = Object.getOwnPropertyNames(Object.prototype).filter((name) => !pristinePrototype.has(name));
  if (own.length) return `Object.prototype gained ${own.join(", ")}`;
  const probe = {} as Record<string, unknown>;
  for (const key of ["polluted", "isAdmin", "role", "admin"]) if (probe[key] !== undefined) return `({}).${key} is ${String(probe[key])}`;
  return null;
}
const pristinePrototype = new Set(Object.getOwnPropertyNames(Object.prototype));
