import type { ComponentType } from "react";
import { lazyWithRetry } from "@/lib/lazy-with-retry";

/**
 * A lazy screen of a feature: its code and the screens' stylesheet arrive
 * together, so no screen ever paints without its utilities (src/index.css).
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazyWithRetry<P>(async () => {
    const [screen] = await Promise.all([load(), import("./screens-styles")]);
    return screen;
  });
}
