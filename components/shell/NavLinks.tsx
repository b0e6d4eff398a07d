"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The main links; the current section is marked for screen readers and by style. */
export function NavLinks({ links }: { links: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  const isCurrent = (href: string) =>
    href === "/" ? pathname === "/" || pathname.startsWith("/sets") : pathname.startsWith(href);
  // On a phone the links scroll sideways: the current one is brought into view, without moving the page.
  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="page"]');
    const box = list.current?.closest("nav");
    if (!current || !box || box.scrollWidth <= box.clientWidth) return;
    const link = current.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    box.scrollLeft += link.left + link.width / 2 - (view.left + view.width / 2);
  }, [pathname]);
  return (
    <ul className="nav-links" ref={list}>
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
