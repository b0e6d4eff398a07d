"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The main links; the current section is marked for screen readers and by style. */
export function NavLinks({ links }: { links: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" || pathname.startsWith("/sets") : pathname.startsWith(href));
  return (
    <ul className="nav-links">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={isCurrent(link.href) ? "page" : undefined}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
