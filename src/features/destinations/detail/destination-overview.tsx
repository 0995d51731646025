import type { Destination, DestinationField, DestinationType } from "@/api/types";
import { Message } from "@/i18n/message";
import { useT } from "@/i18n/i18n";
import { httpHref } from "@/lib/http-href";
import { rowsToMap } from "@/lib/key-value-rows";
import {
  fieldLabel,
  parseKeyValueMap,
  useLocalizedType,
  type LocalizedField,
} from "@/features/destinations/schema-form";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { DefinitionList, MapList } from "@/ui/key-value-list";
import { StatusBadge } from "@/features/destinations/status-badge";
import { TopicList } from "@/ui/topic-list";
import { SecretValue } from "./secret-value";
import { WithBreaks } from "@/ui/with-breaks";
import { DateTime } from "@/ui/date-time";
import { RelativeTime } from "./relative-time";

/** Keys the server manages on webhook credentials; shown specially, never edited. */
const WEBHOOK_SECRET_KEYS = new Set(["secret", "previous_secret", "previous_secret_invalid_at"]);

/** A field's label from the type's schema, in the language where known; else its key. */
function labelOf(fields: LocalizedField[] | undefined, key: string) {
  const field = fields?.find((f) => f.key === key);
  return field ? (
    fieldLabel(field)
  ) : (
    <code className="font-mono" translate="no">
      {key}
    </code>
  );
}

function ConfigValue({ field, value }: { field: DestinationField | undefined; value: string }) {
  const t = useT();
  if (field?.type === "checkbox")
    return <>{value === "true" || value === "on" ? t("detail.yes") : t("detail.no")}</>;
  if (field?.type === "key_value_map") {
    const rows = parseKeyValueMap(value);
    if (rows.length > 0 || !value.trim() || value.trim() === "{}") {
      return <DataMap map={rowsToMap(rows)} empty={t("attemptDetail.none")} />;
    }
  }
  if (field?.type === "select") {
    const option = field.options?.find((o) => o.value === value);
    if (option)
      return (
        <span lang="en" translate="no">
          {option.label}
        </span>
      );
  }
  return (
    <bdi className="font-mono wrap-anywhere" dir="auto" translate="no">
      {value || "—"}
    </bdi>
  );
}

/** A map of the tenant's own keys and values: data, never translated (the empty message is). */
function DataMap({
  map,
  empty,
}: {
  map: Record<string, string> | null | undefined;
  empty: string;
}) {
  const list = <MapList map={map} empty={empty} />;
  return map && Object.keys(map).length > 0 ? <div translate="no">{list}</div> : list;
}

function valuesInOrder(values: Record<string, string>, fields: DestinationField[] | undefined) {
  const known = (fields ?? []).map((f) => f.key).filter((key) => key in values);
  const extra = Object.keys(values).filter((key) => !known.includes(key));
  return [...known, ...extra];
}

export function DestinationOverview({
  destination,
  type: sentType,
}: {
  destination: Destination;
  type: DestinationType | undefined;
}) {
  const t = useT();
  const type = useLocalizedType(sentType);
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
          <Message
            id="detail.unknownType"
            values={{
              type: (
                <code className="font-mono" translate="no">
                  {destination.type}
                </code>
              ),
            }}
          />
        </p>
      )}
      <Card title={t("detail.details")}>
        <DefinitionList
          items={[
            {
              label: t("detail.id"),
              value: (
                <span className="flex flex-wrap items-center gap-1">
                  <code className="min-w-0 font-mono wrap-anywhere" dir="auto" translate="no">
                    {destination.id}
                  </code>
                  <CopyButton value={destination.id} label={t("detail.idLower")} />
                </span>
              ),
            },
            {
              label: t("filters.type"),
              value: <bdi translate="no">{type?.label ?? destination.type}</bdi>,
            },
            {
              label: t("detail.target"),
              value: targetHref ? (
                <a
                  href={targetHref}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="wrap-anywhere text-brand-text underline"
                >
                  <bdi translate="no">
                    <WithBreaks text={destination.target ?? targetHref} />
                  </bdi>
                  <span className="sr-only"> {t("app.opensInNewTab")}</span>
                </a>
              ) : (
                <bdi className="wrap-anywhere" translate="no">
                  <WithBreaks text={destination.target ?? "—"} />
                </bdi>
              ),
            },
            { label: t("detail.topics"), value: <TopicList topics={destination.topics} /> },
            {
              label: t("filters.status"),
              value: (
                <span className="flex flex-wrap items-center gap-2">
                  <StatusBadge destination={destination} />
                  {destination.disabled_at && (
                    <span className="text-fg-muted">
                      <Message
                        id="detail.disabledSince"
                        values={{ time: <DateTime value={destination.disabled_at} /> }}
                      />
                    </span>
                  )}
                </span>
              ),
            },
            { label: t("detail.created"), value: <DateTime value={destination.created_at} /> },
            { label: t("detail.updated"), value: <DateTime value={destination.updated_at} /> },
          ]}
        />
      </Card>

      <Card title={t("detail.configuration")}>
        {Object.keys(config).length === 0 ? (
          <p className="text-sm text-fg-muted">{t("detail.noConfig")}</p>
        ) : (
          <DefinitionList
            items={valuesInOrder(config, type?.config_fields).map((key) => {
              const field = type?.config_fields.find((f) => f.key === key);
              return {
                key,
                label: labelOf(type?.config_fields, key),
                value: <ConfigValue field={field} value={config[key] ?? ""} />,
              };
            })}
          />
        )}
      </Card>

      <Card
        title={t("detail.credentials")}
        description={isWebhook ? t("detail.credentialsWebhook") : t("detail.credentialsMasked")}
      >
        <DefinitionList
          items={[
            ...(isWebhook && credentials.secret
              ? [
                  {
                    key: "secret",
                    label: t("detail.signingSecret"),
                    value: (
                      <SecretValue
                        value={credentials.secret}
                        label={t("detail.signingSecretLower")}
                      />
                    ),
                  },
                ]
              : []),
            ...(isWebhook && credentials.previous_secret
              ? [
                  {
                    key: "previous_secret",
                    label: t("detail.previousSecret"),
                    value: (
                      <span className="grid gap-1">
                        <SecretValue
                          value={credentials.previous_secret}
                          label={t("detail.previousSecretLower")}
                        />
                        {credentials.previous_secret_invalid_at && (
                          <span className="text-fg-muted">
                            <Message
                              id="detail.validUntil"
                              values={{
                                time: <DateTime value={credentials.previous_secret_invalid_at} />,
                                relative: (
                                  <RelativeTime value={credentials.previous_secret_invalid_at} />
                                ),
                              }}
                            />
                          </span>
                        )}
                      </span>
                    ),
                  },
                ]
              : []),
            ...credentialKeys.map((key) => ({
              key,
              label: labelOf(type?.credential_fields, key),
              value: (
                <span className="font-mono wrap-anywhere" translate="no">
                  {credentials[key] || "—"}
                </span>
              ),
            })),
          ]}
        />
        {credentialKeys.length === 0 && !(isWebhook && credentials.secret) && (
          <p className="text-sm text-fg-muted">{t("detail.noCredentials")}</p>
        )}
      </Card>

      <Card title={t("detail.eventFilter")} description={t("detail.eventFilterDescription")}>
        {hasFilter ? (
          <pre
            className="overflow-x-auto rounded-md bg-surface-muted p-3 font-mono text-xs"
            translate="no"
            dir="ltr"
          >
            {JSON.stringify(destination.filter, null, 2)}
          </pre>
        ) : (
          <p className="text-sm text-fg-muted">{t("detail.noFilter")}</p>
        )}
      </Card>

      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("attemptDetail.metadata")}>
          <DataMap map={destination.metadata} empty={t("detail.noMetadata")} />
        </Card>
        <Card
          title={t("detail.deliveryMetadata")}
          description={t("detail.deliveryMetadataDescription")}
        >
          <DataMap map={destination.delivery_metadata} empty={t("detail.noDeliveryMetadata")} />
        </Card>
      </div>
    </div>
  );
}
