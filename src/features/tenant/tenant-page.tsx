import { useTenant } from "@/api/tenant";
import { useDocumentTitle } from "@/ui/use-document-title";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { DefinitionList } from "@/ui/key-value-list";
import { QueryState } from "@/ui/query-state";
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
      <QueryState
        query={tenant}
        errorTitle="Couldn't load your tenant"
        loading={<Skeleton className="h-40 w-full" />}
      >
        {(data) => (
          <div className="grid gap-4">
            <Card title="Details">
              <DefinitionList
                items={[
                  {
                    label: "Tenant ID",
                    value: (
                      <span className="flex flex-wrap items-center gap-1">
                        <code className="font-mono wrap-anywhere" data-testid="tenant-id">
                          {data.id}
                        </code>
                        <CopyButton value={data.id} label="tenant ID" />
                      </span>
                    ),
                  },
                  { label: "Destinations", value: data.destinations_count },
                  {
                    label: "Subscribed topics",
                    value: data.topics.length ? <TopicList topics={data.topics} /> : "None yet",
                  },
                  { label: "Created", value: formatDateTime(data.created_at) },
                  { label: "Updated", value: formatDateTime(data.updated_at) },
                ]}
              />
            </Card>
            <TenantHealth />
            <TenantMetadataForm tenant={data} />
          </div>
        )}
      </QueryState>
    </section>
  );
}
