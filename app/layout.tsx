import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "./_components/site-header";

export const metadata: Metadata = {
  title: { default: "Lesefluss", template: "%s · Lesefluss" },
  description: "Read German, learn its words, review them with spaced repetition.",
  applicationName: "Lesefluss",
  // public/: drawn once in icon.svg (it follows the colour scheme); the PNGs come from `npm run icons`.
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/icon.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
    ],
    apple: "/apple-touch-icon.png",
  },
  appleWebApp: { capable: true, title: "Lesefluss", statusBarStyle: "default" },
};

// The browser's toolbar takes the page's background in each colour scheme (app/globals.css --bg).
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

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
