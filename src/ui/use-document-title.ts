import { useEffect } from "react";
import { portalConfig } from "@/config/portal-config";

const DEFAULT_TITLE = "Event destinations";

export function documentTitle(page: string | null, organizationName: string | null): string {
  const site = organizationName ? `${organizationName} · ${DEFAULT_TITLE}` : DEFAULT_TITLE;
  return page ? `${page} · ${site}` : site;
}

export function useDocumentTitle(page: string | null) {
  useEffect(() => {
    document.title = documentTitle(page, portalConfig().organizationName);
  }, [page]);
}
