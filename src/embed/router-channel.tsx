import { useEffect } from "react";
import { useLocation, useNavigate, type NavigateFunction } from "react-router";

/**
 * The router as code outside React sees it (the embed bridge): the current
 * route below the base, navigation, and a signal on every route change.
 */
export interface RouterChannel {
  /** Path, query and hash below the base; null before the router first renders. */
  current(): string | null;
  navigate(path: string): void;
  subscribe(listener: () => void): () => void;
}

export function createRouterChannel(): RouterChannel & {
  attach(path: string, navigate: NavigateFunction): void;
} {
  let path: string | null = null;
  let navigateFn: NavigateFunction | null = null;
  let pending: string | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => path,
    navigate(to) {
      if (navigateFn) void navigateFn(to);
      else pending = to;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach(next, navigate) {
      navigateFn = navigate;
      if (pending !== null) {
        const to = pending;
        pending = null;
        void navigate(to);
      }
      if (next === path) return;
      path = next;
      listeners.forEach((listener) => listener());
    },
  };
}

export type AttachableRouterChannel = ReturnType<typeof createRouterChannel>;

/** Rendered inside the router: keeps the channel in step with it. */
export function RouterChannelSync({ channel }: { channel: AttachableRouterChannel }) {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  useEffect(
    () => channel.attach(`${pathname}${search}${hash}`, navigate),
    [channel, pathname, search, hash, navigate],
  );
  return null;
}
