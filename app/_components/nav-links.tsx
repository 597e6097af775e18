"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DueBadge } from "./due-badge";

export function NavLinks({
  links,
  due,
}: {
  links: { href: string; label: string; showsDue?: boolean }[];
  due: number;
}) {
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label="Main">
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname.startsWith(link.href) ? "page" : undefined}>
          {link.label}
          {/* Keyed by the server's count: a navigation that brings a new one starts from it. */}
          {link.showsDue ? <DueBadge key={due} initial={due} /> : null}
        </Link>
      ))}
    </nav>
  );
}
