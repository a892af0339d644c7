import { QueryClient } from "@tanstack/react-query";
import { ApiError, RequestTimeoutError } from "../api/client.ts";

/**
 * Whether a failed query may pass on another try, and how often: a lost connection or a
 * server error (5xx, 429, 408) twice more, quickly; never a 4xx answer, which would
 * only repeat, nor a request that already waited the whole timeout. So a page shows
 * its error with "Try again" within a few seconds.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof RequestTimeoutError) return false;
  if (error instanceof ApiError && error.status < 500 && ![408, 429].includes(error.status)) {
    return false;
  }
  return failureCount < 2;
}

/** Half a second, then one second. */
export const retryDelay = (failureCount: number): number => Math.min(500 * 2 ** failureCount, 2000);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
