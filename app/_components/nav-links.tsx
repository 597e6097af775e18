"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ links }: { links: { href: string; label: string; badge?: number }[] }) {
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label="Main">
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname.startsWith(link.href) ? "page" : undefined}>
          {link.label}
          {link.badge ? (
            <span className="nav-badge" aria-label={`${link.badge} due`}>
              {link.badge}
            </span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
