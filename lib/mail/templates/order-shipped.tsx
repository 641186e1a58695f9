import { Button, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

/** The order is on its way: carrier, tracking number, when it should arrive, and the order's status page. */
export function OrderShipped({
  t,
  lang,
  dir,
  footer,
  number,
  carrier,
  trackingNumber,
  shippedOn,
  from,
  to,
  url,
}: { number: number; carrier: string; trackingNumber: string; shippedOn: string; from: string; to: string; url: string } & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={orderShippedSubject(t, number)} footer={footer}>
      <Text>{t("shippedBody", { number, date: shippedOn, carrier })}</Text>
      <Text>
        {t("shippedTracking")}{" "}
        <span dir="ltr" style={{ fontFamily: "monospace", fontWeight: 600 }}>
          {trackingNumber}
        </span>
      </Text>
      <Text>{t("shippedArrives", { from, to })}</Text>
      <Button href={url} style={{ background: "#1f4d3a", color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600 }}>
        {t("shippedButton")}
      </Button>
    </MailLayout>
  );
}

export const orderShippedSubject = (t: MailTranslator["t"], number: number) => t("shippedSubject", { number });
