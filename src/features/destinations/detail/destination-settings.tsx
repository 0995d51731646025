import { Suspense } from "react";
import type { Destination, DestinationType } from "@/api/types";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { SetupInstructions } from "@/features/destinations/guide/setup-instructions";
import { Spinner } from "@/ui/spinner";
import { portalConfig } from "@/config/portal-config";
import { Card } from "@/ui/card";
import { DangerSection } from "@/features/destinations/settings/danger-section";
import { FieldsSection } from "@/features/destinations/settings/fields-section";
import { FilterSection } from "@/features/destinations/settings/filter-section";
import { MetadataSection } from "@/features/destinations/settings/metadata-section";
import { SecretRotationSection } from "@/features/destinations/settings/secret-rotation-section";
import { TopicsSection } from "@/features/destinations/settings/topics-section";
import { visibleConfigFields } from "@/features/destinations/visible-fields";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { useLocalizedType } from "@/features/destinations/schema-form";

const SignatureGuide = lazyWithRetry(() => import("@/features/destinations/guide/signature-guide"));

/** Each section saves on its own and sends only what changed. */
export default function DestinationSettings({
  destination,
  type: sentType,
}: {
  destination: Destination;
  type: DestinationType | undefined;
}) {
  const t = useT();
  const config = portalConfig();
  const type = useLocalizedType(sentType);
  return (
    <div className="grid gap-4">
      <TopicsSection destination={destination} />
      {type ? (
        <>
          {visibleConfigFields(type, config).length > 0 && (
            <FieldsSection
              destination={destination}
              fields={visibleConfigFields(type, config)}
              part="config"
              title={t("detail.configuration")}
            />
          )}
          {type.credential_fields.length > 0 && (
            <FieldsSection
              destination={destination}
              fields={type.credential_fields}
              part="credentials"
              title={t("detail.credentials")}
              description={t("settings.credentialsDescription")}
            />
          )}
        </>
      ) : (
        <Card title={t("detail.configuration")}>
          <p className="text-sm text-fg-muted">
            <Message
              id="settings.unknownType"
              values={{
                type: (
                  <code className="font-mono" translate="no">
                    {destination.type}
                  </code>
                ),
              }}
            />
          </p>
        </Card>
      )}
      {destination.type === "webhook" && <SecretRotationSection destination={destination} />}
      {destination.type === "webhook" && (
        <Suspense fallback={<Spinner label={t("settings.loadingSignatureGuide")} />}>
          <SignatureGuide />
        </Suspense>
      )}
      {config.enableDestinationFilter && <FilterSection destination={destination} />}
      <MetadataSection destination={destination} />
      {type && <SetupInstructions type={type} />}
      <DangerSection destination={destination} />
    </div>
  );
}
