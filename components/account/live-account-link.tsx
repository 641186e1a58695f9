"use client";

import type { ReactNode } from "react";
import { useShopper } from "@/components/shopper/shopper-provider";
import { Link } from "@/lib/i18n/navigation";

/** The account link of a cached page: "Sign in" until the server says the shopper is signed in. */
export function LiveAccountLink({ labels, className, children }: { labels: { account: string; signIn: string }; className: string; children: ReactNode }) {
  const signedIn = useShopper()?.signedIn ?? false;
  return (
    <Link href={signedIn ? "/account" : "/sign-in"} prefetch={false} className={className}>
      {children}
      <span className="sr-only lg:not-sr-only">{signedIn ? labels.account : labels.signIn}</span>
    </Link>
  );
}
