import { Button, Column, Img, Link, Row, Section, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

export interface CartReminderLine {
  name: string;
  /** "Colour: Navy", in the mail's language. */
  options: string[];
  quantity: number;
  /** Formatted in the cart's currency, as the cart would show them now. */
  unitPrice: string;
  total: string;
  /** Absolute URL (mail clients know no base). */
  image: string | null;
  /** Stock now: all of it, only some, or none. */
  stock: { kind: "ok" } | { kind: "only"; left: number } | { kind: "none" };
}

export interface CartReminderProps {
  step: number;
  subject: string;
  lines: CartReminderLine[];
  items: number;
  /** Subtotal, savings, discount, shipping, tax and total as the cart would quote them now (the last is the total). */
  figures: { label: string; value: string }[];
  /** Names of the lines that cannot be bought as they are now. */
  unavailable: string[];
  incentive: { code: string; offer: string; expires: string | null } | null;
  restoreUrl: string;
  /** How many days the restore link works. */
  linkDays: number;
  unsubscribeUrl: string;
  contact: { email: string; phone: string };
}

const brand = "#1f4d3a";
const muted = "#5c5a55";

/**
 * An abandoned-cart reminder (E2): what is in the cart now and what it costs now, a button that
 * brings the cart back on any device, help, and the way out. The first reads as a service note;
 * later steps say a little more, and the last may carry the merchant's incentive.
 */
export function CartReminder({ t, lang, dir, footer, step, subject, lines, items, figures, unavailable, incentive, restoreUrl, linkDays, unsubscribeUrl, contact }: CartReminderProps & MailTranslator) {
  const end = dir === "rtl" ? "left" : "right";
  const intro = step <= 1 ? "reminderIntro1" : step === 2 ? "reminderIntro2" : "reminderIntro3";
  return (
    <MailLayout lang={lang} dir={dir} preview={subject} footer={footer}>
      <Text>{t(intro, { count: items })}</Text>
      <Section>
        {lines.map((line) => (
          <Row key={`${line.name}:${line.options.join()}`} style={{ borderBottom: "1px solid #e5e1da", padding: "8px 0" }}>
            <Column style={{ width: 72, verticalAlign: "top" }}>
              {line.image ? <Img src={line.image} width={64} height={64} alt={line.name} style={{ borderRadius: 6, objectFit: "cover" }} /> : null}
            </Column>
            <Column style={{ verticalAlign: "top", paddingInlineStart: 12 }}>
              <Text style={{ margin: 0, fontWeight: 600 }}>{line.name}</Text>
              {line.options.length ? <Text style={{ margin: 0, fontSize: 13, color: muted }}>{line.options.join(" · ")}</Text> : null}
              <Text style={{ margin: 0, fontSize: 13, color: muted }}>{t("reminderQuantity", { count: line.quantity, price: line.unitPrice })}</Text>
              {line.stock.kind === "none" ? (
                <Text style={{ margin: 0, fontSize: 13, color: "#a3341f", fontWeight: 600 }}>{t("reminderSoldOut")}</Text>
              ) : line.stock.kind === "only" ? (
                <Text style={{ margin: 0, fontSize: 13, color: "#a3341f" }}>{t("reminderOnlyLeft", { count: line.stock.left })}</Text>
              ) : null}
            </Column>
            <Column align={end} style={{ verticalAlign: "top", whiteSpace: "nowrap" }}>
              {line.total}
            </Column>
          </Row>
        ))}
      </Section>
      <Section style={{ marginTop: 12 }}>
        {figures.map((figure, index) => (
          <Row key={figure.label} style={index === figures.length - 1 ? { fontWeight: 700 } : undefined}>
            <Column>{figure.label}</Column>
            <Column align={end}>{figure.value}</Column>
          </Row>
        ))}
      </Section>
      {unavailable.length ? <Text>{t("reminderUnavailable", { names: unavailable.join(", ") })}</Text> : null}
      {incentive ? (
        <Section style={{ backgroundColor: "#eef5f0", borderRadius: 6, padding: "12px 16px", margin: "16px 0" }}>
          <Text style={{ margin: 0 }}>
            {incentive.expires
              ? t("reminderIncentive", { code: incentive.code, offer: incentive.offer, date: incentive.expires })
              : t("reminderIncentiveOpen", { code: incentive.code, offer: incentive.offer })}
          </Text>
        </Section>
      ) : null}
      <Button href={restoreUrl} style={{ background: brand, color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600, margin: "8px 0" }}>
        {t("reminderButton")}
      </Button>
      <Text style={{ fontSize: 13, color: muted }}>{t("reminderLinkNote", { days: linkDays })}</Text>
      <Text>{t("reminderHelp", { email: contact.email, phone: contact.phone })}</Text>
      <Text style={{ fontSize: 12, color: muted }}>
        {t("reminderWhy")}{" "}
        <Link href={unsubscribeUrl} style={{ color: muted, textDecoration: "underline" }}>
          {t("reminderUnsubscribe")}
        </Link>
      </Text>
    </MailLayout>
  );
}

/** The subject: a plain note first, then a nudge; a step with an incentive names the offer. */
export function cartReminderSubject(t: MailTranslator["t"], { step, offer }: { step: number; offer: string | null }) {
  if (offer) return t("reminderSubjectOffer", { offer });
  return t(step <= 1 ? "reminderSubject1" : step === 2 ? "reminderSubject2" : "reminderSubject3");
}
