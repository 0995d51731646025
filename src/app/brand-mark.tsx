import { useState } from "react";
import { portalConfig } from "@/config/portal-config";
import { useTheme } from "@/theme/theme-preference";
import { useT } from "@/i18n/i18n";

/** The host's logo (LOGO / LOGO_DARK) or, without one, its name. Logos are image URLs only. */
export function BrandMark() {
  const config = portalConfig();
  const { theme } = useTheme();
  const src = theme === "dark" && config.logoDark ? config.logoDark : config.logo;
  const [failed, setFailed] = useState<string | null>(null);
  const name = config.organizationName;
  const t = useT();

  if (src && failed !== src) {
    return (
      <img
        src={src}
        alt={name ?? t("app.title")}
        className="h-7 w-auto max-w-40 object-contain"
        referrerPolicy="no-referrer"
        onError={() => setFailed(src)}
      />
    );
  }
  return <bdi className="truncate font-semibold">{name ?? t("app.title")}</bdi>;
}
