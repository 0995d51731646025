import type { Destination, DestinationField, DestinationType } from "@/api/types";
import { formatDateTime, formatRelative } from "@/lib/format";
import { httpHref } from "@/lib/http-href";
import { rowsToMap } from "@/lib/key-value-rows";
import { parseKeyValueMap } from "@/features/destinations/schema-form";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { DefinitionList, MapList } from "@/ui/key-value-list";
import { StatusBadge } from "@/features/destinations/status-badge";
import { TopicList } from "@/ui/topic-list";
import { SecretValue } from "./secret-value";
import { WithBreaks } from "@/ui/with-breaks";

/** Keys the server manages on webhook credentials; shown specially, never edited. */
const WEBHOOK_SECRET_KEYS = new Set(["secret", "previous_secret", "previous_secret_invalid_at"]);

function fieldLabel(fields: DestinationField[] | undefined, key: string) {
  return fields?.find((field) => field.key === key)?.label ?? key;
}

function ConfigValue({ field, value }: { field: DestinationField | undefined; value: string }) {
  if (field?.type === "checkbox") return <>{value === "true" || value === "on" ? "Yes" : "No"}</>;
  if (field?.type === "key_value_map") {
    const rows = parseKeyValueMap(value);
    if (rows.length > 0 || !value.trim() || value.trim() === "{}") {
      return <MapList map={rowsToMap(rows)} empty="None" />;
    }
  }
  if (field?.type === "select") {
    const option = field.options?.find((o) => o.value === value);
    if (option) return <>{option.label}</>;
  }
  return (
    <bdi className="font-mono wrap-anywhere" dir="auto">
      {value || "—"}
    </bdi>
  );
}

function valuesInOrder(values: Record<string, string>, fields: DestinationField[] | undefined) {
  const known = (fields ?? []).map((f) => f.key).filter((key) => key in values);
  const extra = Object.keys(values).filter((key) => !known.includes(key));
  return [...known, ...extra];
}

export function DestinationOverview({
  destination,
  type,
}: {
  destination: Destination;
  type: DestinationType | undefined;
}) {
  const config = destination.config ?? {};
  const credentials = destination.credentials ?? {};
  const isWebhook = destination.type === "webhook";
  const credentialKeys = valuesInOrder(credentials, type?.credential_fields).filter(
    (key) => !(isWebhook && WEBHOOK_SECRET_KEYS.has(key)),
  );
  const hasFilter = destination.filter && Object.keys(destination.filter).length > 0;
  const targetHref = httpHref(destination.target_url);

  return (
    <div className="grid gap-4">
      {!type && (
        <p
          role="note"
          className="rounded-md border border-border bg-warning-surface p-3 text-sm text-warning"
        >
          This destination's type ({destination.type}) isn't known to this portal; its values are
          shown as stored.
        </p>
      )}
      <Card title="Details">
        <DefinitionList
          items={[
            {
              label: "ID",
              value: (
                <span className="flex flex-wrap items-center gap-1">
                  <code className="min-w-0 font-mono wrap-anywhere" dir="auto">
                    {destination.id}
                  </code>
                  <CopyButton value={destination.id} label="destination ID" />
                </span>
              ),
            },
            { label: "Type", value: <bdi>{type?.label ?? destination.type}</bdi> },
            {
              label: "Target",
              value: targetHref ? (
                <a
                  href={targetHref}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="wrap-anywhere text-brand-text underline"
                >
                  <bdi>
                    <WithBreaks text={destination.target ?? targetHref} />
                  </bdi>
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <bdi className="wrap-anywhere">
                  <WithBreaks text={destination.target ?? "—"} />
                </bdi>
              ),
            },
            { label: "Topics", value: <TopicList topics={destination.topics} /> },
            {
              label: "Status",
              value: (
                <span className="flex flex-wrap items-center gap-2">
                  <StatusBadge destination={destination} />
                  {destination.disabled_at && (
                    <span className="text-fg-muted">
                      since {formatDateTime(destination.disabled_at)}
                    </span>
                  )}
                </span>
              ),
            },
            { label: "Created", value: formatDateTime(destination.created_at) },
            { label: "Updated", value: formatDateTime(destination.updated_at) },
          ]}
        />
      </Card>

      <Card title="Configuration">
        {Object.keys(config).length === 0 ? (
          <p className="text-sm text-fg-muted">No configuration values.</p>
        ) : (
          <DefinitionList
            items={valuesInOrder(config, type?.config_fields).map((key) => {
              const field = type?.config_fields.find((f) => f.key === key);
              return {
                key,
                label: fieldLabel(type?.config_fields, key),
                value: <ConfigValue field={field} value={config[key] ?? ""} />,
              };
            })}
          />
        )}
      </Card>

      <Card
        title="Credentials"
        description={
          isWebhook
            ? "Use the signing secret to verify that requests come from us."
            : "Sensitive values are stored securely and shown masked."
        }
      >
        <DefinitionList
          items={[
            ...(isWebhook && credentials.secret
              ? [
                  {
                    key: "secret",
                    label: "Signing secret",
                    value: <SecretValue value={credentials.secret} label="signing secret" />,
                  },
                ]
              : []),
            ...(isWebhook && credentials.previous_secret
              ? [
                  {
                    key: "previous_secret",
                    label: "Previous secret",
                    value: (
                      <span className="grid gap-1">
                        <SecretValue
                          value={credentials.previous_secret}
                          label="previous signing secret"
                        />
                        {credentials.previous_secret_invalid_at && (
                          <span className="text-fg-muted">
                            Valid until {formatDateTime(credentials.previous_secret_invalid_at)} (
                            {formatRelative(credentials.previous_secret_invalid_at)})
                          </span>
                        )}
                      </span>
                    ),
                  },
                ]
              : []),
            ...credentialKeys.map((key) => ({
              key,
              label: fieldLabel(type?.credential_fields, key),
              value: <span className="font-mono wrap-anywhere">{credentials[key] || "—"}</span>,
            })),
          ]}
        />
        {credentialKeys.length === 0 && !(isWebhook && credentials.secret) && (
          <p className="text-sm text-fg-muted">No credentials.</p>
        )}
      </Card>

      <Card title="Event filter" description="Only events matching the filter are delivered.">
        {hasFilter ? (
          <pre className="overflow-x-auto rounded-md bg-surface-muted p-3 font-mono text-xs">
            {JSON.stringify(destination.filter, null, 2)}
          </pre>
        ) : (
          <p className="text-sm text-fg-muted">
            No filter: every event of the subscribed topics is delivered.
          </p>
        )}
      </Card>

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Metadata">
          <MapList map={destination.metadata} empty="No metadata." />
        </Card>
        <Card title="Delivery metadata" description="Added to every delivery's metadata.">
          <MapList map={destination.delivery_metadata} empty="No delivery metadata." />
        </Card>
      </div>
    </div>
  );
}
