/** Host names that only this machine reaches (IPv6 literals keep their brackets in `URL.hostname`). */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || name === "[::1]" || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * What `npm start` says when a store on a public address has no SMTP_URL: no email leaves it, and
 * what would have been sent waits in the outbox that only a signed-in admin may read. Null when
 * mail is sent, or the store runs on this machine only (the developer reads the mailbox there).
 */
export function heldMailNotice({ siteUrl, smtpUrl }: { siteUrl: string; smtpUrl?: string }): string | null {
  if (smtpUrl) return null;
  const site = new URL(siteUrl);
  if (isLoopbackHostname(site.hostname)) return null;
  return (
    `SMTP_URL is not set, so no email leaves the store: receipts, sign-in links and every other message ` +
    `are held in an admin-only outbox, readable by a signed-in admin at ${site.origin}/<locale>/dev/mailbox ` +
    `(e.g. ${site.origin}/en/dev/mailbox), until SMTP_URL is set.`
  );
}
