"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { EmailInput } from "@/components/ui/email-input";
import { EmailSuggestion } from "@/components/ui/email-suggestion";
import { LocalTime } from "@/components/ui/local-time";
import { checkEmail } from "@/lib/checkout/fields";
import { createHandoffLink, emailCart, type EmailCartState, type HandoffLinkState } from "@/lib/cart/handoff-actions";

export interface HandoffText {
  title: string;
  intro: string;
  showLink: string;
  linkLabel: string;
  copy: string;
  copied: string;
  qrAlt: string;
  emailLabel: string;
  emailField: string;
  emailSend: string;
  /** "Works once, until {time}." */
  expiresAt: string;
  /** "Did you mean {email}?" */
  emailSuggestion: string;
}

/** "Continue on another device" (D3): a link with its QR code, or the link by email. */
export function HandoffPanel({ text }: { text: HandoffText }) {
  const locale = useLocale();
  const [link, requestLink, linkPending] = useActionState<HandoffLinkState, FormData>(createHandoffLink, { status: "idle" });
  const [mail, sendLink, mailPending] = useActionState<EmailCartState, FormData>(emailCart, { status: "idle" });
  // Controlled, so React's reset after the action never takes back what the shopper typed.
  const [email, setEmail] = useState("");
  const [emailLeft, setEmailLeft] = useState(false);
  const [copied, setCopied] = useState(false);
  const mailError = mail.status === "error" ? mail.message : null;

  return (
    <details className="rounded-lg border border-line bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">{text.title}</summary>
      <div className="mt-2 space-y-4 text-sm">
        <p>{text.intro}</p>
        <form action={requestLink}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn-secondary" disabled={linkPending}>
            {text.showLink}
          </button>
        </form>
        {link.status === "error" ? <p role="alert" className="text-sale">{link.message}</p> : null}
        {link.status === "ready" ? (
          <div className="space-y-2">
            <label htmlFor="handoff-url" className="block font-medium">
              {text.linkLabel}
            </label>
            <div className="flex gap-2">
              <input id="handoff-url" readOnly value={link.url} className="field min-w-0 flex-1" onFocus={(e) => e.target.select()} />
              <button
                type="button"
                className="btn-secondary"
                onClick={() => navigator.clipboard?.writeText(link.url).then(() => setCopied(true), () => setCopied(false))}
              >
                {text.copy}
              </button>
            </div>
            <p role="status" className="text-muted">
              {copied ? `${text.copied} ` : ""}
              <LocalTime iso={link.expiresAt} template={text.expiresAt} placeholder="time" />
            </p>
            <div role="img" aria-label={text.qrAlt} className="w-44 bg-white" dangerouslySetInnerHTML={{ __html: link.qrSvg }} />
          </div>
        ) : null}
        <form action={sendLink} noValidate className="space-y-1">
          <input type="hidden" name="locale" value={locale} />
          <p className="font-medium">{text.emailLabel}</p>
          <label htmlFor="handoff-email" className="block">
            {text.emailField}
          </label>
          <div className="flex gap-2">
            <EmailInput id="handoff-email" value={email} onChange={setEmail} onBlur={() => setEmailLeft(true)} error={mailError} className="field min-w-0 flex-1" />
            <button type="submit" className="btn-secondary" disabled={mailPending}>
              {text.emailSend}
            </button>
          </div>
          {mailError ? (
            <p id="handoff-email-error" className="text-sale">
              {mailError}
            </p>
          ) : null}
          <EmailSuggestion email={emailLeft && !checkEmail(email) ? email : ""} inputId="handoff-email" template={text.emailSuggestion} onAccept={setEmail} />
          {mail.status === "sent" ? (
            <p role="status" className="text-ok">
              {mail.message}
            </p>
          ) : null}
        </form>
      </div>
    </details>
  );
}
