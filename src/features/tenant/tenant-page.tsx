import { useTenant } from "@/api/tenant";
import { useDocumentTitle } from "@/ui/use-document-title";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { DefinitionList } from "@/ui/key-value-list";
import { QueryError } from "@/ui/query-error";
import { Skeleton } from "@/ui/skeleton";
import { TopicList } from "@/ui/topic-list";
import { TenantMetadataForm } from "./tenant-metadata-form";
import { TenantHealth } from "./tenant-health";

export default function TenantPage() {
  useDocumentTitle("Tenant");
  const tenant = useTenant();
  return (
    <section aria-labelledby="tenant-heading" aria-busy={tenant.isPending}>
      <h1 id="tenant-heading" className="mb-4 text-xl font-semibold">
        Tenant
      </h1>
      {tenant.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : tenant.isError ? (
        <QueryError
          title="Couldn't load your tenant"
          error={tenant.error}
          onRetry={() => void tenant.refetch()}
          retrying={tenant.isFetching}
        />
      ) : (
        <div className="grid gap-4">
          <Card title="Details">
            <DefinitionList
              items={[
                {
                  label: "Tenant ID",
                  value: (
                    <span className="flex flex-wrap items-center gap-1">
                      <code className="font-mono break-all" data-testid="tenant-id">
                        {tenant.data.id}
                      </code>
                      <CopyButton value={tenant.data.id} label="tenant ID" />
                    </span>
                  ),
                },
                { label: "Destinations", value: tenant.data.destinations_count },
                {
                  label: "Subscribed topics",
                  value: tenant.data.topics.length ? (
                    <TopicList topics={tenant.data.topics} />
                  ) : (
                    "None yet"
                  ),
                },
                { label: "Created", value: formatDateTime(tenant.data.created_at) },
                { label: "Updated", value: formatDateTime(tenant.data.updated_at) },
              ]}
            />
          </Card>
          <TenantHealth />
          <TenantMetadataForm tenant={tenant.data} />
        </div>
      )}
    </section>
  );
}
