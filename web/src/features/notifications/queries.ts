import type { NotificationPreferences, NotificationView } from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { pagedQueryOptions } from "../../api/paged-query.ts";

const inbox = () => api.api.me.notifications;

export const notificationKeys = {
  all: ["notifications"] as const,
  inbox: () => [...notificationKeys.all, "inbox"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
  preferences: () => [...notificationKeys.all, "preferences"] as const,
};

/**
 * How often the bell asks for the unread count while the tab is visible (decision
 * 0076): a small GET of the person's own partition; it is also asked again when the
 * tab comes back into focus and after every change made here.
 */
export const UNREAD_POLL_MS = 60_000;

const PAGE_SIZE = 20;

export const notificationQueries = {
  /** Newest first; "Show more" follows the API's cursor. */
  inbox: () =>
    pagedQueryOptions(notificationKeys.inbox(), PAGE_SIZE, async (page, signal) =>
      readJson(await inbox().$get({ query: page }, { init: { signal } })),
    ),
  unread: () =>
    queryOptions({
      queryKey: notificationKeys.unread(),
      queryFn: async ({ signal }) =>
        readJson(await inbox()["unread-count"].$get({}, { init: { signal } })),
      staleTime: UNREAD_POLL_MS / 2,
      refetchInterval: UNREAD_POLL_MS,
      refetchOnWindowFocus: true,
      // The bell is not worth a burst of retries: the next interval tries again.
      retry: false,
    }),
  preferences: () =>
    queryOptions({
      queryKey: notificationKeys.preferences(),
      queryFn: async ({ signal }): Promise<NotificationPreferences> =>
        readJson(await api.api.me["notification-preferences"].$get({}, { init: { signal } })),
    }),
};

/** After marking: the inbox and the bell read again, so both say the same. */
function useAfterMarking() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: notificationKeys.inbox() }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.unread() }),
    ]);
}

export function useMarkRead() {
  const refresh = useAfterMarking();
  return useMutation({
    mutationFn: async (notificationId: string): Promise<NotificationView> =>
      readJson(await inbox()[":notificationId"].read.$post({ param: { notificationId } })),
    onSuccess: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useAfterMarking();
  return useMutation({
    mutationFn: async () => readJson(await inbox().read.$post()),
    onSuccess: refresh,
  });
}

/** Saves every kind's choice at once (the API's PUT takes them all); the cache takes the answer. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (choices: NotificationPreferences): Promise<NotificationPreferences> =>
      readJson(await api.api.me["notification-preferences"].$put({ json: choices })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}

/** The one-click link of an e-mail, from its landing page (works signed in or not). */
export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (unsubscribeToken: string) =>
      readJson(
        await api.api.unsubscribe[":unsubscribeToken"].$post({ param: { unsubscribeToken } }),
      ),
    // It may be the signed-in person's own choice that changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
