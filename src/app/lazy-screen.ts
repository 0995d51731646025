import type { ComponentType } from "react";
import { laterMessages } from "@/i18n/i18n";
import { lazyWithRetry } from "@/lib/lazy-with-retry";

/**
 * A lazy screen of a feature: its code, the screens' stylesheet and the later
 * screens' messages arrive together, so no screen ever paints without its
 * utilities (src/index.css) or in the wrong language (src/i18n).
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazyWithRetry<P>(async () => {
    const [screen] = await Promise.all([load(), import("./screens-styles"), laterMessages()]);
    return screen;
  });
}
