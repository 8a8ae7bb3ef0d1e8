import { ViewBeacon } from './view-beacon.client';

/** Counts a reader's view of a story for "Most read": a beacon from the browser, or a pixel without JavaScript. */
export function ViewCounter({ articleId, path }: { articleId: string; path: string }) {
  return (
    <>
      <ViewBeacon articleId={articleId} path={path} />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a picture */}
        <img src={`/api/views?article=${encodeURIComponent(articleId)}`} alt="" width={1} height={1} className="absolute" />
      </noscript>
    </>
  );
}
