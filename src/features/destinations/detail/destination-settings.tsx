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

const SignatureGuide = lazyWithRetry(() => import("@/features/destinations/guide/signature-guide"));

/** Each section saves on its own and sends only what changed. */
export default function DestinationSettings({
  destination,
  type,
}: {
  destination: Destination;
  type: DestinationType | undefined;
}) {
  const config = portalConfig();
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
              title="Configuration"
            />
          )}
          {type.credential_fields.length > 0 && (
            <FieldsSection
              destination={destination}
              fields={type.credential_fields}
              part="credentials"
              title="Credentials"
              description="Stored values stay as they are unless you replace them."
            />
          )}
        </>
      ) : (
        <Card title="Configuration">
          <p className="text-sm text-fg-muted">
            This portal doesn't know the “{destination.type}” type, so its configuration can't be
            edited here.
          </p>
        </Card>
      )}
      {destination.type === "webhook" && <SecretRotationSection destination={destination} />}
      {destination.type === "webhook" && (
        <Suspense fallback={<Spinner label="Loading the signature guide" />}>
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
