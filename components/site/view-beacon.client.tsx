'use client';

import { useEffect, useRef } from 'react';

const ENDPOINT = '/api/views';

/**
 * Counts one view of the story on this page (the page itself is served from cache, so it is counted from the
 * browser). Sent only at the story's own address (not in a preview), and only once the page is shown: a page
 * prerendered in the background counts when the reader opens it.
 */
export function ViewBeacon({ articleId, path }: { articleId: string; path: string }) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (window.location.pathname !== path) return;
    const send = () => {
      // React runs effects twice in development; a view is counted once.
      if (sent.current === articleId) return;
      sent.current = articleId;
      const body = JSON.stringify({ articleId });
      if (navigator.sendBeacon?.(ENDPOINT, new Blob([body], { type: 'application/json' }))) return;
      void fetch(ENDPOINT, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } }).catch(() => {});
    };
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      send();
      return;
    }
    doc.addEventListener('prerenderingchange', send, { once: true });
    return () => doc.removeEventListener('prerenderingchange', send);
  }, [articleId, path]);
  return null;
}
