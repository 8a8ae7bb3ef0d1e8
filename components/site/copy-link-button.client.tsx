'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * "Copy link", added to the share list once script runs (without script it could do nothing, so the server
 * renders none). Says "Link copied" to screen readers too, through a live region.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const canCopy = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== 'undefined' && Boolean(navigator.clipboard),
    () => false,
  );
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (!canCopy) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <li className="flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="pill cursor-pointer font-semibold"
      >
        Copy link
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy: use the address bar' : ''}
      </span>
    </li>
  );
}
