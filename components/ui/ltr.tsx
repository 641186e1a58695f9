import type { ReactNode } from "react";

/**
 * A phone number, email, order or card number, postal code, SKU or URL inside running text:
 * isolated left-to-right, so an RTL page never reorders it ("+1 503 555 0142", not "0142 555 503 1+").
 * `data-ltr-code` marks it for the end-to-end checks that allow Latin digits only in such codes.
 */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" data-ltr-code="" className={className}>
      {children}
    </bdi>
  );
}

/** `t.rich` tag for messages that mark a code: "Help: <ltr>{phone}</ltr>". */
export const ltrTag = (chunks: ReactNode) => <Ltr>{chunks}</Ltr>;
