import { Button, Column, Row, Section, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

export interface OrderReceiptProps {
  name: string;
  /** The delivery address as label lines, in the country's layout. */
  address: string[];
  number: number;
  status: string;
  from: string;
  to: string;
  /** Subtotal, discount, shipping, tax and total, worded (the last is the total). */
  figures: { label: string; value: string }[];
  url: string;
  lines: { name: string; quantity: number; total: string }[];
  paymentNote: string | null;
}

/** Sent when an order is placed: what was bought, when it arrives, how to pay if not yet paid, a link to its status. */
export function OrderReceipt({ t, lang, dir, footer, name, address, number, status, from, to, figures, url, lines, paymentNote }: OrderReceiptProps & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={t("receiptSubject", { number })} footer={footer}>
      <Text>{t("receiptGreeting", { name })}</Text>
      <Text>{t("receiptBody", { number, status: t(`receiptStatus_${status}` as "receiptStatus_paid"), from, to })}</Text>
      <Section>
        {lines.map((line) => (
          <Row key={line.name}>
            <Column>
              {line.quantity} × {line.name}
            </Column>
            <Column align={dir === "rtl" ? "left" : "right"}>{line.total}</Column>
          </Row>
        ))}
      </Section>
      <Section style={{ borderTop: "1px solid #e5e1da", marginTop: 12, paddingTop: 8 }}>
        {figures.map((figure, index) => (
          <Row key={figure.label} style={index === figures.length - 1 ? { fontWeight: 700 } : undefined}>
            <Column>{figure.label}</Column>
            <Column align={dir === "rtl" ? "left" : "right"}>{figure.value}</Column>
          </Row>
        ))}
      </Section>
      <Text>
        <strong>{t("receiptShipTo")}</strong>
        {address.map((line) => (
          <span key={line}>
            <br />
            {line}
          </span>
        ))}
      </Text>
      {paymentNote ? <Text>{paymentNote}</Text> : null}
      <Text>{t("receiptSaveDetails")}</Text>
      <Button href={url} style={{ background: "#1f4d3a", color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600 }}>
        {t("receiptLink")}
      </Button>
    </MailLayout>
  );
}

export const orderReceiptSubject = (t: MailTranslator["t"], number: number) => t("receiptSubject", { number });
