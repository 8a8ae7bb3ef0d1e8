import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while the page hydrates, true from then on. Forms that submit through script keep
 * their button disabled until then: a click before hydration would otherwise be sent by the browser as a GET to the
 * page itself — the change silently dropped, the fields (a password included) in the address.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
