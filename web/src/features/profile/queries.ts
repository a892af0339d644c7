import type { Profile, ProfilePatch } from "@alliance/core/web";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { meKey } from "../auth/index.ts";

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
    onSuccess: (profile) => queryClient.setQueryData(meKey, profile),
  });
}
