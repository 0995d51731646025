import { useEffect, useState, type RefObject } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { dismissToast, type PastMessage, type Toast } from "./toast";

/** Successes and notes go after this long (paused while hovered or focused); errors stay. */
const DURATION_MS = 7000;

const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

/** The element after `from` in tab order, outside the toasts. */
function nextFocusable(from: HTMLElement, region: HTMLElement): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      !region.contains(el) &&
      el.tabIndex >= 0 &&
      !el.hasAttribute("disabled") &&
      el.getClientRects().length > 0,
  );
  const after = all.filter(
    (el) =>
      from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !from.contains(el),
  );
  return after[0] ?? null;
}

/**
 * Tab from the control that raised a toast goes to the toast's Dismiss, and on
 * from there to what follows the control: the toast is reachable where it was
 * caused rather than after the whole page.
 */
function useTabAfterTrigger(items: Toast[], region: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const box = region.current;
      if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey || !box) return;
      const active = document.activeElement;
      const raised = [...items]
        .reverse()
        .find((t) => t.trigger === active && t.trigger?.isConnected);
      if (raised && !event.shiftKey) {
        const dismiss = box.querySelector<HTMLElement>(`[data-toast="${raised.id}"] button`);
        if (dismiss) {
          event.preventDefault();
          dismiss.focus();
        }
        return;
      }
      const own = items.find((t) => box.querySelector(`[data-toast="${t.id}"]`)?.contains(active));
      if (!own?.trigger?.isConnected) return;
      const target = event.shiftKey ? own.trigger : nextFocusable(own.trigger, box);
      if (target) {
        event.preventDefault();
        target.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [items, region]);
}

/** Keeps the page scrollable past the toasts, and focus scrolled clear of them (WCAG 2.4.11). */
function useToastSpace(active: boolean, region: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const box = region.current;
    if (!active || !box || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      // The fixed container's height: the toasts and the gap below them.
      const height = box.parentElement?.getBoundingClientRect().height ?? 0;
      if (box.querySelector("[data-toast]")) root.style.setProperty("--toast-space", `${height}px`);
      else root.style.removeProperty("--toast-space");
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--toast-space");
    };
  }, [active, region]);
}

function ToastItem({ item }: { item: Toast }) {
  const t = useT();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused || item.tone === "error") return;
    const timer = setTimeout(() => dismissToast(item.id), DURATION_MS);
    return () => clearTimeout(timer);
  }, [item.id, item.tone, paused]);
  const dismiss = () => {
    // Focus goes back where the user was instead of falling to <body>.
    if (item.trigger?.isConnected) item.trigger.focus();
    dismissToast(item.id);
  };
  return (
    <div
      data-toast={item.id}
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
        onClick={dismiss}
        aria-label={t("toast.dismissNotification")}
        className="-m-1 rounded px-2 py-1 text-fg-muted hover:text-fg"
      >
        {t("toast.dismiss")}
      </button>
    </div>
  );
}

/** One region's toasts; the first region to render also runs the page-wide behaviour. */
export default function ToastItems({
  items,
  all,
  stack,
}: {
  items: Toast[];
  all: Toast[];
  stack: RefObject<HTMLDivElement | null>;
}) {
  return (
    <>
      <ToastBehaviour all={all} stack={stack} owner={items[0]!.id === all[0]!.id} />
      {items.map((item) => (
        <ToastItem key={item.id} item={item} />
      ))}
    </>
  );
}

function ToastBehaviour({
  all,
  stack,
  owner,
}: {
  all: Toast[];
  stack: RefObject<HTMLDivElement | null>;
  owner: boolean;
}) {
  useTabAfterTrigger(owner ? all : [], stack);
  useToastSpace(owner, stack);
  return null;
}

/** The recent messages, newest first, folded under a summary at the end of the page. */
export function MessageHistory({ items }: { items: PastMessage[] }) {
  // Rendered only while open: a closed list would repeat every toast's text in the page.
  const [open, setOpen] = useState(false);
  const t = useT();
  const locale = useLocale();
  return (
    <aside
      aria-label={t("toast.recentMessages")}
      className="mx-auto w-full max-w-6xl px-4 pt-4 text-sm"
    >
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-fg-muted hover:text-fg">
          {t("toast.recentMessagesCount", { count: items.length })}
        </summary>
        {open && (
          <ol className="mt-2 grid gap-1">
            {[...items].reverse().map((item) => (
              <li key={item.id} className="flex flex-wrap gap-x-2">
                <time dateTime={new Date(item.time).toISOString()} className="text-fg-muted">
                  {new Date(item.time).toLocaleTimeString(locale)}
                </time>{" "}
                <span className={cn("font-medium", item.tone === "error" && "text-danger")}>
                  {t("toast.tone", { tone: item.tone })}
                </span>{" "}
                <span className="wrap-anywhere">{item.message}</span>
              </li>
            ))}
          </ol>
        )}
      </details>
    </aside>
  );
}
