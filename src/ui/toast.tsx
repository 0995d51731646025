import { useEffect, useState, useSyncExternalStore } from "react";
import { cn } from "@/lib/cn";

type Tone = "success" | "error" | "info";
interface Toast {
  id: number;
  tone: Tone;
  message: string;
}

const DURATION_MS = 7000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function push(tone: Tone, message: string) {
  toasts = [...toasts.slice(-2), { id: nextId++, tone, message }];
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

function ToastItem({ item }: { item: Toast }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismissToast(item.id), DURATION_MS);
    return () => clearTimeout(timer);
  }, [item.id, paused]);
  return (
    <div
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cn(
        "pointer-events-auto flex items-start gap-3 rounded-lg border bg-surface p-3 text-sm shadow-lg",
        item.tone === "error"
          ? "border-danger"
          : item.tone === "success"
            ? "border-success"
            : "border-border",
      )}
    >
      <p className="flex-1">{item.message}</p>
      <button
        type="button"
        onClick={() => dismissToast(item.id)}
        className="-m-1 rounded px-2 py-1 text-fg-muted hover:text-fg"
      >
        Dismiss<span className="sr-only"> notification</span>
      </button>
    </div>
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => toasts;

/** The two live regions stay mounted so every message is announced. */
export function Toaster() {
  const items = useSyncExternalStore(subscribe, snapshot, snapshot);
  const region = (tones: Tone[], role: "status" | "alert") => (
    <div role={role} className="flex w-full max-w-sm flex-col gap-2">
      {items
        .filter((t) => tones.includes(t.tone))
        .map((item) => (
          <ToastItem key={item.id} item={item} />
        ))}
    </div>
  );
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
      {region(["success", "info"], "status")}
      {region(["error"], "alert")}
    </div>
  );
}
