import type { Profile } from "@alliance/core/web";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { useRoles } from "./auth-context.tsx";

/** Cache key of the signed-in person's profile; the profile page writes it after a save. */
export const meKey = ["me"] as const;

/** The signed-in person's profile (`GET /api/me`). */
export const meQuery = () =>
  queryOptions({
    queryKey: meKey,
    // No abort signal on purpose: a tiny request, and an aborted one would also fail
    // whoever awaits it outside React (sign-in reads the preferred language from it).
    queryFn: async (): Promise<Profile> => readJson(await api.api.me.$get()),
    staleTime: 60_000,
  });

/**
 * The signed-in person's profile (name, city), or null when signed out, loading or
 * unavailable; their roles come from the session, so they never wait for the API.
 */
export function useMe() {
  const roles = useRoles();
  const profile = useQuery({ ...meQuery(), enabled: roles.signedIn });
  const me = roles.signedIn ? (profile.data ?? null) : null;
  return { ...roles, me };
}
