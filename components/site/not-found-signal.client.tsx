'use client';

import { Component, type ReactNode } from 'react';

/**
 * Keeps a reader page's own "not found" content on screen once the browser has taken over. The page throws
 * notFound() inside this boundary only so that the server answers 404; without the boundary, React in the browser
 * would hand that error to Next's not-found boundary and swap the page for app/(site)/not-found.tsx. That file is
 * sent with every reader page, so it stays small and the full 404 page (with the latest news) is the page's own.
 */
export class NotFoundSignal extends Component<{ children: ReactNode }, { signalled: boolean }> {
  state = { signalled: false };

  static getDerivedStateFromError(error: unknown) {
    // Next marks its 404 with this digest (next/dist/client/components/http-access-fallback); anything else is a
    // real error for the boundaries above.
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { signalled: true };
    throw error;
  }

  render() {
    return this.state.signalled ? null : this.props.children;
  }
}
