import type { ReactNode } from "react";
import { ApiError } from "@/api/api-error";
import { QueryError } from "./query-error";
import { Skeleton } from "./skeleton";

/** The part of a `useQuery` result the ladder reads. */
interface QueryView<T> {
  status: "pending" | "error" | "success";
  data: T | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryView<T>;
  /** Heading of the error state: "Couldn't load this event". */
  errorTitle: string;
  /** What stands in while loading; a block skeleton by default. */
  loading?: ReactNode;
  /** Shown instead of the error when the API answers 404: usually a `<NotFound>`. */
  notFound?: ReactNode;
  /** Shown instead of the data when `isEmpty` says there is nothing to show. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The one loading → error (or not found) → empty → data ladder of every screen. */
export function QueryState<T>({
  query,
  errorTitle,
  loading,
  notFound,
  empty,
  isEmpty,
  children,
}: QueryStateProps<T>) {
  if (query.status === "pending") return loading ?? <Skeleton className="h-64 w-full" />;
  if (query.status === "error") {
    if (notFound !== undefined && isNotFound(query.error)) return notFound;
    return (
      <QueryError
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (empty !== undefined && isEmpty?.(query.data as T)) return empty;
  return children(query.data as T);
}

/** Several queries seen as one: pending while any is, failed when any fails (retry refetches those). */
export function allQueries<A, B>(a: QueryView<A>, b: QueryView<B>): QueryView<[A, B]> {
  const failed = [a, b].filter((query) => query.status === "error");
  const status: QueryView<[A, B]>["status"] = failed.length
    ? "error"
    : a.status === "pending" || b.status === "pending"
      ? "pending"
      : "success";
  return {
    status,
    data: status === "success" ? [a.data as A, b.data as B] : undefined,
    error: failed[0]?.error ?? null,
    isFetching: a.isFetching || b.isFetching,
    refetch: () => Promise.all(failed.map((query) => query.refetch())),
  };
}
