import { useTenant } from "@/api/tenant";
import { useLocale, useT } from "@/i18n/i18n";
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

const counts = new Map<string, Intl.NumberFormat>();
const formatCount = (n: number, locale: string) => {
  let format = counts.get(locale);
  if (!format) counts.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
};

export default function TenantPage() {
  const t = useT();
  const locale = useLocale();
  useDocumentTitle(t("nav.tenant"));
  const tenant = useTenant();
  return (
    <section aria-labelledby="tenant-heading" aria-busy={tenant.isPending}>
      <h1 id="tenant-heading" className="mb-4 text-xl font-semibold">
        {t("nav.tenant")}
      </h1>
      <QueryState
        query={tenant}
        errorTitle={t("tenant.loadError")}
        loading={<Skeleton className="h-40 w-full" />}
      >
        {(data) => (
          <div className="grid gap-4">
            <Card title={t("tenant.details")}>
              <DefinitionList
                items={[
                  {
                    label: t("tenant.id"),
                    value: (
                      <span className="flex flex-wrap items-center gap-1">
                        <code
                          className="font-mono wrap-anywhere"
                          data-testid="tenant-id"
                          translate="no"
                        >
                          {data.id}
                        </code>
                        <CopyButton value={data.id} label={t("tenant.idLower")} />
                      </span>
                    ),
                  },
                  {
                    label: t("nav.destinations"),
                    value: formatCount(data.destinations_count, locale),
                  },
                  {
                    label: t("tenant.topics"),
                    value: data.topics.length ? (
                      <TopicList topics={data.topics} />
                    ) : (
                      t("tenant.noTopics")
                    ),
                  },
                  { label: t("tenant.created"), value: formatDateTime(data.created_at, locale) },
                  { label: t("tenant.updated"), value: formatDateTime(data.updated_at, locale) },
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
