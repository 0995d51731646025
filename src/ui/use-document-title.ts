import { useEffect } from "react";
import { portalConfig } from "@/config/portal-config";
import { useLocale, t } from "@/i18n/i18n";

export function documentTitle(
  page: string | null,
  organizationName: string | null,
  portalTitle = t("app.title"),
): string {
  const site = organizationName ? `${organizationName} · ${portalTitle}` : portalTitle;
  return page ? `${page} · ${site}` : site;
}

export function useDocumentTitle(page: string | null) {
  // Again when the locale changes: the portal's own name is translated too.
  const locale = useLocale();
  useEffect(() => {
    document.title = documentTitle(page, portalConfig().organizationName);
  }, [page, locale]);
}
