import { useTenant } from "../../api/tenant";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryError } from "../../ui/query-error";
import { Skeleton } from "../../ui/skeleton";

function formatDate(value: string) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

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
        <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-border bg-surface p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm text-fg-muted">Tenant ID</dt>
          <dd className="font-mono text-sm break-all" data-testid="tenant-id">
            {tenant.data.id}
          </dd>
          <dt className="text-sm text-fg-muted">Destinations</dt>
          <dd className="text-sm">{tenant.data.destinations_count}</dd>
          <dt className="text-sm text-fg-muted">Created</dt>
          <dd className="text-sm">{formatDate(tenant.data.created_at)}</dd>
          <dt className="text-sm text-fg-muted">Updated</dt>
          <dd className="text-sm">{formatDate(tenant.data.updated_at)}</dd>
        </dl>
      )}
    </section>
  );
}
