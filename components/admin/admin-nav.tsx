"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

/** The admin's sections; the current one is marked for screen readers and by its underline. */
export function AdminNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname.startsWith(href));
  return (
    <nav aria-label={label} className="border-b border-line">
      <ul className="flex flex-wrap gap-x-6">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              className={`inline-flex min-h-11 items-center font-medium ${current(link.href) ? "border-b-2 border-brand text-brand" : "text-ink hover:underline"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
