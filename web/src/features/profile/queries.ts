import type { Profile, ProfilePatch } from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

/** Cache keys of the profile feature; everything under `all` belongs to the signed-in person. */
export const profileKeys = {
  all: ["profile"] as const,
  me: () => [...profileKeys.all, "me"] as const,
};

export const profileQueries = {
  me: () =>
    queryOptions({
      queryKey: profileKeys.me(),
      // No abort signal on purpose: a tiny request, and an aborted one would also fail
      // whoever awaits it outside React (sign-in reads the preferred language from it).
      queryFn: async (): Promise<Profile> => readJson(await api.api.me.$get()),
      staleTime: 60_000,
    }),
};

export interface ProfileUpdate {
  patch: ProfilePatch;
  /** The version the person edited: a newer one on the server answers 412. */
  version: number;
}

/** Saves with If-Match; on success the cache holds the returned profile. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ patch, version }: ProfileUpdate): Promise<Profile> =>
      readJson(await api.api.me.$patch({ json: patch, header: { "if-match": `"${version}"` } })),
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.me(), profile),
  });
}
