import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteConfig } from '@/lib/config/site';
import { bodyClassName, sourceSerif } from './document';
import './globals.css';

export { viewport } from './document';

export function generateMetadata(): Metadata {
  const site = siteConfig();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig().language} className={sourceSerif.variable}>
      <body className={bodyClassName}>{children}</body>
    </html>
  );
}
