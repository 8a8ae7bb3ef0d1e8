'use client';

import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';

/**
 * The <details> of the mobile menu. It works without script; with it, the menu also closes when a link in it is
 * followed (the header stays on screen across client-side navigation) or on Escape, which returns focus to its
 * button.
 */
export function MenuDisclosure({ className, children }: { className?: string; children: ReactNode }) {
  const closeOnLink = (event: MouseEvent<HTMLDetailsElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) event.currentTarget.open = false;
  };
  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className={className} onClick={closeOnLink} onKeyDown={closeOnEscape}>
      {children}
    </details>
  );
}
