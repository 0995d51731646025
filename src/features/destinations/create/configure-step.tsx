import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "@/api/api-error";
import { validationErrors } from "@/api/validation-errors";
import { newDestinationId, useCreateDestination } from "@/api/destination-mutations";
import type { DestinationType, Topics } from "@/api/types";
import { portalConfig } from "@/config/portal-config";
import { useTenantId } from "@/session/session-store";
import { duplicateKeys, rowsToMap } from "@/lib/key-value-rows";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import type { KeyValueRow } from "@/ui/key-value-editor";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";
import { pathTo } from "@/lib/paths";
import { FilterEditor, parseFilter } from "@/features/destinations/filter-editor";
import { MetadataEditor } from "@/ui/metadata-editor";
import { SchemaFields, useSchemaForm } from "@/features/destinations/schema-form";
import { TopicList } from "@/ui/topic-list";
import {
  InstructionsBody,
  SetupInstructions,
} from "@/features/destinations/guide/setup-instructions";
import { visibleConfigFields } from "@/features/destinations/visible-fields";
import { useLocalizedType } from "@/features/destinations/schema-form";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { clearDraft, hasContent, readDraft, storableValues, writeDraft } from "./create-draft";

/** Step 3: the type's fields, optional sections, and the instructions beside them. */
export function ConfigureStep({
  type: sent,
  topics,
  onBack,
}: {
  type: DestinationType;
  topics: Topics;
  onBack: () => void;
}) {
  const t = useT();
  // Labels, descriptions and so validation messages in the portal's language.
  const type = useLocalizedType(sent);
  const config = portalConfig();
  const navigate = useNavigate();
  const create = useCreateDestination();
  const tenantId = useTenantId();
  const [draft] = useState(() => readDraft(tenantId, type.type));
  const [destinationId] = useState(() => draft.id ?? newDestinationId());
  const [restored, setRestored] = useState(() => hasContent(draft));
  const configFields = visibleConfigFields(type, config);
  const configForm = useSchemaForm(configFields, { idPrefix: "config", existing: draft.config });
  const credentialForm = useSchemaForm(type.credential_fields, {
    idPrefix: "credentials",
    existing: draft.credentials,
  });
  const [filter, setFilter] = useState(draft.filter ?? "");
  const [metadata, setMetadata] = useState<KeyValueRow[]>(draft.metadata ?? []);
  const [deliveryMetadata, setDeliveryMetadata] = useState<KeyValueRow[]>(
    draft.deliveryMetadata ?? [],
  );
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [unconfirmed, setUnconfirmed] = useState(false);

  // What the form held before the user typed: a draft equal to it isn't worth keeping.
  const pristine = useRef<string | null>(null);
  useEffect(() => {
    const values = {
      config: storableValues(configForm.values, configFields),
      credentials: storableValues(credentialForm.values, type.credential_fields),
      filter,
      metadata,
      deliveryMetadata,
    };
    const json = JSON.stringify(values);
    pristine.current ??= hasContent(draft) ? "" : json;
    if (json === pristine.current) clearDraft(tenantId, type.type);
    else writeDraft(tenantId, type.type, { id: destinationId, ...values });
  }, [
    draft,
    tenantId,
    type,
    destinationId,
    configFields,
    configForm.values,
    credentialForm.values,
    filter,
    metadata,
    deliveryMetadata,
  ]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    setUnconfirmed(false);
    const credentialsOk = credentialForm.validateAll({ focus: false });
    const configOk = configForm.validateAll({ focus: true });
    if (configOk && !credentialsOk) credentialForm.validateAll({ focus: true });
    const parsedFilter = config.enableDestinationFilter
      ? parseFilter(filter)
      : ({ ok: true, value: null } as const);
    const problems = [
      ...(parsedFilter.ok ? [] : [t("create.filterInvalid")]),
      ...(duplicateKeys(metadata).length || duplicateKeys(deliveryMetadata).length
        ? [t("create.metadataDuplicate")]
        : []),
    ];
    if (!configOk || !credentialsOk || problems.length) {
      setFormErrors(problems);
      return;
    }
    setRestored(false);
    create.mutate(
      {
        id: destinationId,
        type: type.type,
        topics,
        config: configForm.apiValues(),
        credentials: credentialForm.apiValues(),
        ...(parsedFilter.ok && parsedFilter.value ? { filter: parsedFilter.value } : {}),
        ...(metadata.length ? { metadata: rowsToMap(metadata) } : {}),
        ...(deliveryMetadata.length ? { delivery_metadata: rowsToMap(deliveryMetadata) } : {}),
      },
      {
        onSuccess: (destination) => {
          clearDraft(tenantId, type.type);
          toast.success(t("create.created", { type: type.label }));
          navigate(pathTo("destination", { id: destination.id }), { replace: true });
        },
        onError: (error) => {
          const invalid = validationErrors(
            error,
            [...configFields, ...type.credential_fields].map((f) => f.key),
          );
          if (invalid) {
            configForm.setServerErrors(invalid.fields);
            credentialForm.setServerErrors(invalid.fields, { focus: false });
            setFormErrors(invalid.form);
          } else {
            setUnconfirmed(error instanceof ApiError && error.outcomeUnknown);
            setFormErrors([errorMessage(error)]);
          }
        },
      },
    );
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form onSubmit={submit} noValidate className="grid gap-4" aria-labelledby="configure-heading">
        <h2
          id="configure-heading"
          data-step-heading
          className="text-base font-semibold outline-none"
        >
          <Message
            id="create.configureHeading"
            values={{ type: <bdi translate="no">{type.label}</bdi> }}
          />
        </h2>
        <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          {t("create.topics")} <TopicList topics={topics} />
        </div>
        {/* Beside the form on a wide screen; on a small one here, before the fields and Create. */}
        <SetupInstructions type={type} headingLevel={3} className="lg:hidden" />
        {restored && (
          <p role="status" className="rounded-md border border-border bg-surface p-3 text-sm">
            {t("create.draftRestored")}
          </p>
        )}
        {formErrors.length > 0 && (
          <div
            role="alert"
            className="rounded-md border border-danger bg-danger-surface p-3 text-sm text-danger"
          >
            <p className="font-medium">
              {unconfirmed ? t("create.outcomeUnknown") : t("create.notCreated")}
            </p>
            <ul className="mt-1 list-disc ps-5">
              {formErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        {configFields.length > 0 && (
          <Card title={t("create.configuration")} headingLevel={3}>
            <SchemaFields {...configForm.fieldProps} />
          </Card>
        )}
        {type.credential_fields.length > 0 && (
          <Card
            headingLevel={3}
            title={t("create.credentials")}
            description={t("create.credentialsDescription")}
          >
            <SchemaFields {...credentialForm.fieldProps} />
          </Card>
        )}
        {config.enableDestinationFilter && (
          <Card title={t("create.eventFilter")} description={t("create.optional")} headingLevel={3}>
            <FilterEditor value={filter} onChange={setFilter} />
          </Card>
        )}
        <Card
          title={t("create.metadata")}
          description={t("create.metadataOptional")}
          headingLevel={3}
        >
          <div className="grid gap-5">
            <MetadataEditor
              label={t("create.metadata")}
              description={t("create.metadataDescription")}
              rows={metadata}
              onChange={setMetadata}
            />
            <MetadataEditor
              label={t("create.deliveryMetadata")}
              description={t("create.deliveryMetadataDescription")}
              rows={deliveryMetadata}
              onChange={setDeliveryMetadata}
            />
          </div>
        </Card>
        <div className="flex flex-wrap justify-between gap-2">
          <Button onClick={onBack}>{t("create.back")}</Button>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={create.isPending || undefined}
            // Keeps focus in the field on mouse-down: its blur would show an error above the
            // button, move it, and the click would miss. Submitting validates everything anyway.
            onMouseDown={(event) => event.preventDefault()}
          >
            {create.isPending ? t("create.creating") : t("create.create")}
          </Button>
        </div>
      </form>
      <aside
        aria-label={t("create.instructionsLabel", { type: type.label })}
        className="hidden lg:sticky lg:top-4 lg:block lg:self-start"
      >
        <Card title={t("guide.setupInstructions")} headingLevel={3}>
          <InstructionsBody type={type} />
        </Card>
      </aside>
    </div>
  );
}
