import { useQuery } from "@tanstack/react-query";
import { useRoles } from "../auth/auth-context.tsx";
import { profileQueries } from "../profile/queries.ts";

/**
 * The signed-in person's profile (name, city), or null when signed out, loading or
 * unavailable; their roles come from the session, so they never wait for the API.
 */
export function useMe() {
  const roles = useRoles();
  const profile = useQuery({ ...profileQueries.me(), enabled: roles.signedIn });
  const me = roles.signedIn ? (profile.data ?? null) : null;
  return { ...roles, me };
}
