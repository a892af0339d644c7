import { useQuery } from "@tanstack/react-query";
import { useAuth } from "../auth/auth-context.tsx";
import { profileQueries } from "../profile/queries.ts";

/** The signed-in person's profile (roles, city), or null when signed out or loading. */
export function useMe() {
  const { state } = useAuth();
  const signedIn = state.status === "signed-in";
  const profile = useQuery({ ...profileQueries.me(), enabled: signedIn });
  const me = signedIn ? (profile.data ?? null) : null;
  return {
    signedIn,
    me,
    isAdmin: me?.roles.includes("admin") ?? false,
    isTrainer: me?.roles.includes("trainer") ?? false,
    isContributor: (me?.roles.includes("contributor") ?? false) && Boolean(me?.cityId),
  };
}
