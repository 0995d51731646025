import { useAttempts } from "./attempts";

/**
 * The code of a destination's latest failed attempt ("500", "timeout"), asked only
 * when it failed recently: one `limit=1` request, shared by the list row, the
 * destination header and the tenant overview through the same query key.
 */
export function useLastErrorCode(destinationId: string, failedRecently: boolean) {
  const latest = useAttempts(
    { destination_id: destinationId, status: "failed", limit: 1 },
    { enabled: failedRecently },
  );
  return failedRecently ? latest.data?.models[0]?.code : undefined;
}
