import { laterMessages } from "@/i18n/i18n";
import { lazyWithRetry } from "@/lib/lazy-with-retry";

/** The not-found page, loaded when a route needs it: it is not part of the first screen. */
export const LazyNotFound = lazyWithRetry(async () => {
  const [{ NotFound }] = await Promise.all([import("@/ui/not-found"), laterMessages()]);
  return { default: () => <NotFound /> };
});
