'use client';

import { useEffect, useState } from 'react';
import { heartbeatAction, leaveArticleAction } from '@/app/admin/articles/actions';

const HEARTBEAT_MS = 10_000;

/** "Ana Ruiz is also editing": a heartbeat while the editor is open, so colleagues see each other. */
export function Presence({ articleId }: { articleId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const result = await heartbeatAction({ articleId });
        if (!stopped && result.ok && result.data) setOthers(result.data.others);
      } catch {
        // Offline: presence is a courtesy, the save path reports connection problems.
      }
    };
    void beat();
    const interval = setInterval(beat, HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(interval);
      void leaveArticleAction({ articleId }).catch(() => {});
    };
  }, [articleId]);
  if (others.length === 0) return null;
  return (
    <p role="status" data-testid="presence" className="rounded border border-sky-300 bg-sky-50 p-2 text-sm">
      {others.join(', ')} {others.length === 1 ? 'is' : 'are'} also editing this article.
    </p>
  );
}
