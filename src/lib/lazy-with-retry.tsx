import { lazy, type ComponentType, type ReactElement } from "react";

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export interface Preloadable {
  /** Starts the download now (a route does, in parallel with its data), once. */
  preload: () => Promise<unknown>;
}

export type RetryableLazy<P> = ((props: P) => ReactElement) & Preloadable;

/** Lazy components whose last download failed, each with the way to start afresh. */
const failed = new Set<() => void>();

/**
 * React.lazy keeps a failed import forever, so "Try again" could never recover.
 * This one forgets it: after retryFailedImports(), the next render imports again.
 */
export function lazyWithRetry<P extends object>(load: Loader<P>): RetryableLazy<P> {
  const make = () => {
    let loading: ReturnType<Loader<P>> | null = null;
    const once = () =>
      (loading ??= load().catch((error: unknown) => {
        failed.add(renew);
        throw error;
      }));
    return { Lazy: lazy(once), once };
  };
  let current = make();
  function renew() {
    current = make();
  }
  function Retryable(props: P) {
    const { Lazy } = current;
    return <Lazy {...props} />;
  }
  // A rejected preload is reported when the screen renders; here it would be unhandled.
  Retryable.preload = () => current.once().catch(() => undefined);
  return Retryable;
}

/** Call before re-rendering after an error: every failed lazy import will be tried again. */
export function retryFailedImports() {
  const renewals = [...failed];
  failed.clear();
  renewals.forEach((renew) => renew());
}
