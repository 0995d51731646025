import { Suspense, useRef, useSyncExternalStore } from "react";
import { withMessages } from "@/i18n/i18n";
import { lazyWithRetry } from "@/lib/lazy-with-retry";

export type Tone = "success" | "error" | "info";
export interface Toast {
  id: number;
  tone: Tone;
  message: string;
  /** What had focus when the toast appeared: its Dismiss comes right after it in tab order. */
  trigger: HTMLElement | null;
}

/** A message as the history keeps it, after its toast has gone. */
export interface PastMessage {
  id: number;
  tone: Tone;
  message: string;
  time: number;
}

let toasts: Toast[] = [];
let history: PastMessage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function push(tone: Tone, message: string) {
  const active = document.activeElement;
  const trigger = active instanceof HTMLElement && active !== document.body ? active : null;
  const id = nextId++;
  toasts = [...toasts.slice(-2), { id, tone, message, trigger }];
  history = [...history.slice(-9), { id, tone, message, time: Date.now() }];
  emit();
}

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** Feedback for an action, announced by screen readers (errors assertively). */
export const toast = {
  success: (message: string) => push("success", message),
  error: (message: string) => push("error", message),
  info: (message: string) => push("info", message),
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => toasts;
const historySnapshot = () => history;

// The toasts' markup and keyboard handling arrive with the first toast; the first screen has none.
// Their words come with them: a toast raised on the first screen needs the later messages.
const loadItems = withMessages(() => import("./toast-items"));
const ToastItems = lazyWithRetry(loadItems);
const History = lazyWithRetry<{ items: PastMessage[] }>(() =>
  loadItems().then((m) => ({ default: m.MessageHistory })),
);

/**
 * The last ten messages, for whoever missed a toast before it went: shown once there
 * is one, from the chunk the toast itself brought.
 */
export function RecentMessages() {
  const past = useSyncExternalStore(subscribe, historySnapshot, historySnapshot);
  if (past.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <History items={past} />
    </Suspense>
  );
}

/** The two live regions stay mounted (and empty until needed) so every message is announced. */
export function Toaster() {
  const items = useSyncExternalStore(subscribe, snapshot, snapshot);
  const stack = useRef<HTMLDivElement>(null);
  const region = (tones: Tone[], role: "status" | "alert") => {
    const shown = items.filter((t) => tones.includes(t.tone));
    return (
      <div role={role} className="flex w-full max-w-sm flex-col gap-2">
        {shown.length > 0 && (
          <Suspense fallback={null}>
            <ToastItems items={shown} all={items} stack={stack} />
          </Suspense>
        )}
      </div>
    );
  };
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 p-4">
      <div ref={stack} className="flex flex-col items-center gap-2 sm:items-end">
        {region(["success", "info"], "status")}
        {region(["error"], "alert")}
      </div>
    </div>
  );
}
