import type { APIRequestContext, Page } from '@playwright/test';
import sharp from 'sharp';

/** A schema.org node as parsed from a page (only the fields the tests read are named). */
export type LdNode = { '@type': string; '@context'?: string } & Record<string, unknown>;

/** What a page tells search engines and social networks: structured data and <head> metadata. No assertions. */
export class SeoHead {
  constructor(readonly page: Page) {}

  /** The raw text of every JSON-LD block, in page order. */
  jsonLdTexts() {
    return this.page.locator('script[type="application/ld+json"]').allTextContents();
  }

  /** Every JSON-LD block parsed (JSON.parse throws on a block that is not valid JSON). */
  async jsonLd(): Promise<LdNode[]> {
    return (await this.jsonLdTexts()).map((text) => JSON.parse(text) as LdNode);
  }

  async node(type: string): Promise<LdNode | undefined> {
    return (await this.jsonLd()).find((n) => n['@type'] === type);
  }

  meta(key: string) {
    return this.page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
  }

  metaContent(key: string) {
    return this.meta(key).first().getAttribute('content');
  }

  async metaContents(key: string) {
    return this.meta(key).evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
  }

  canonical() {
    return this.page.locator('head link[rel="canonical"]').getAttribute('href');
  }
}

/** Status, type and pixel size of the picture at `url`. */
export async function fetchImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  const body = await response.body();
  const { width, height } = response.ok() ? await sharp(body).metadata() : { width: null, height: null };
  return { status: response.status(), type: response.headers()['content-type'], width, height };
}
