import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "./_components/site-header";

export const metadata: Metadata = {
  title: { default: "Lesefluss", template: "%s · Lesefluss" },
  description: "Read German, learn its words, review them with spaced repetition.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        {children}
      </body>
    </html>
  );
}
