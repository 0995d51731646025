import { useEffect } from "react";
import { portalConfig } from "../config/portal-config";
import { documentTitle } from "./document-branding";

export function useDocumentTitle(page: string | null) {
  useEffect(() => {
    document.title = documentTitle(page, portalConfig().organizationName);
  }, [page]);
}
