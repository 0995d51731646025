import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { retryFailedImports } from "@/lib/lazy-with-retry";
import { recordView } from "@/lib/visited-views";

/** How long a navigation waits for the new page's heading (its code and data may be loading). */
const HEADING_WAIT_MS = 10_000;
/** The page sets its title in an effect after its heading renders. */
const TITLE_SETTLE_MS = 100;

/**
 * After a navigation to another page (not on first load, not when only the
 * query changes): scroll to the top, focus `main` at once so focus never
 * falls to <body>, then the page's <h1> once it renders — unless the user has
 * moved focus meanwhile — and announce the new title politely.
 * Returns the text for the layout's live region.
 */
export function useNavigationFocus(): string {
  const { pathname, search } = useLocation();
  const [announcement, setAnnouncement] = useState("");
  const shown = useRef(pathname);

  useEffect(() => recordView(pathname, search), [pathname, search]);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    // A screen whose download failed earlier gets a fresh try when navigated to.
    retryFailedImports();
    window.scrollTo(0, 0);
    const main = document.getElementById("main");
    if (!main) return;
    main.focus({ preventScroll: true });

    let titleTimer: ReturnType<typeof setTimeout> | undefined;
    const announce = () => {
      titleTimer = setTimeout(() => setAnnouncement(document.title), TITLE_SETTLE_MS);
    };
    const focusHeading = () => {
      // The screen left behind may still be in the DOM, hidden, while the next one loads.
      const heading = [...main.querySelectorAll<HTMLElement>("h1")].find((h1) =>
        h1.checkVisibility(),
      );
      if (!heading) return false;
      const untouched = document.activeElement === main || document.activeElement === document.body;
      if (untouched) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      announce();
      return true;
    };
    if (focusHeading()) return () => clearTimeout(titleTimer);

    const observer = new MutationObserver(() => {
      if (focusHeading()) stopWaiting();
    });
    const giveUp = setTimeout(() => {
      stopWaiting();
      announce();
    }, HEADING_WAIT_MS);
    function stopWaiting() {
      observer.disconnect();
      clearTimeout(giveUp);
    }
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      stopWaiting();
      clearTimeout(titleTimer);
    };
  }, [pathname]);

  return announcement;
}
