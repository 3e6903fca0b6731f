import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mend", template: "%s · Mend" },
  description: "A calm place for the work between therapy appointments.",
  robots: { index: false, follow: false },
  // Added to an iPhone's home screen, Mend opens full screen under its own name (app/manifest.ts
  // does the same for other phones).
  appleWebApp: { capable: true, title: "Mend", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f6f6a" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, so each one gets the fresh CSP nonce
  // that proxy.ts put in the headers (a prerendered page would carry scripts without it and never
  // hydrate). Pages here are personal anyway: nothing is worth caching.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
