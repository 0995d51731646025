import type { DestinationField, DestinationType } from "@/api/types";
import type { PortalConfig } from "@/config/portal-config";

/** Config fields the deployment lets tenants edit: webhook custom headers only when enabled. */
export function visibleConfigFields<F extends DestinationField>(
  type: Pick<DestinationType, "type"> & { config_fields: F[] },
  config: Pick<PortalConfig, "enableWebhookCustomHeaders">,
): F[] {
  return type.config_fields.filter(
    (field) =>
      !(
        type.type === "webhook" &&
        field.type === "key_value_map" &&
        !config.enableWebhookCustomHeaders
      ),
  );
}
