import { isRole, type Role } from "@alliance/core/web";

/**
 * The platform's roles among a Cognito access token's groups (`cognito:groups`);
 * anything else in the claim, or a claim of the wrong shape, counts for nothing.
 */
export function rolesOf(payload: Record<string, unknown> | undefined): Role[] {
  const groups = payload?.["cognito:groups"];
  if (!Array.isArray(groups)) return [];
  return groups.filter((group): group is Role => typeof group === "string" && isRole(group));
}
