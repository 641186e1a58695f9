import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export interface MailLayoutProps {
  lang: string;
  dir: "ltr" | "rtl";
  preview: string;
  footer: string;
  children: ReactNode;
}

const fontStack = "system-ui, -apple-system, 'Segoe UI', Tahoma, Arial, sans-serif";

/** The frame every store email shares: brand header, content, contact footer. */
export function MailLayout({ lang, dir, preview, footer, children }: MailLayoutProps) {
  return (
    <Html lang={lang} dir={dir}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f5f3ef", fontFamily: fontStack, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, padding: "32px", maxWidth: 560 }}>
          <Text style={{ fontSize: 20, fontWeight: 700, color: "#1f4d3a", margin: "0 0 16px" }}>Juniper Lane</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e5e1da", margin: "24px 0" }} />
          <Text style={{ fontSize: 12, color: "#5c5a55", margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
