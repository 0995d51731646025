import { withMessages } from "@/i18n/i18n";
import { lazyWithRetry } from "@/lib/lazy-with-retry";

/** The not-found page, loaded when a route needs it: it is not part of the first screen. */
export const LazyNotFound = lazyWithRetry(async () => {
  const { NotFound } = await withMessages(() => import("@/ui/not-found"))();
  return { default: () => <NotFound /> };
});
