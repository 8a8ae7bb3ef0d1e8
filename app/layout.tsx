import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteConfig } from '@/lib/config/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const site = siteConfig();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
  };
}

export const viewport: Viewport = { themeColor: '#fbfaf7' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig().language}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
