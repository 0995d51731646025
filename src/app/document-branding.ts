import type { PortalConfig } from "@/config/portal-config";

/** Favicon from FAVICON_URL; the URL was already checked by the config parser. */
export function applyFavicon(config: PortalConfig, doc: Document = document) {
  if (!config.faviconUrl) return;
  let link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = doc.createElement("link");
    link.rel = "icon";
    doc.head.appendChild(link);
  }
  link.removeAttribute("type"); // the default is an SVG; the configured icon may not be
  link.href = config.faviconUrl;
}
