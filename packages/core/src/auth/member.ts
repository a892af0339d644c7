import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { requireUser, type UserActor, useActor } from "./actor.ts";
import { loadOrCreateProfile } from "./load-profile.ts";

/**
 * A signed-in person as every domain sees them: roles from the token, city from
 * the profile. Domain rules (item-policy.ts, course-policy.ts) build on it.
 */
export interface Member {
  actor: UserActor;
  userId: string;
  displayName: string;
  cityId: string | null;
}

export async function currentMember(data: DataService): Promise<Member> {
  const actor = requireUser();
  const profile = await loadOrCreateProfile(data, actor);
  return {
    actor,
    userId: profile.userId,
    displayName: profile.displayName,
    cityId: profile.cityId ?? null,
  };
}

/** The current caller if signed in, else null (no read for anonymous callers). */
export async function optionalMember(data: DataService): Promise<Member | null> {
  return useActor().kind === "user" ? currentMember(data) : null;
}

export const isAdmin = (member: Member | null) => member?.actor.roles.includes("admin") ?? false;

/** A contributor speaks for exactly one city: the one on their profile. */
export function managesCity(member: Member | null, cityId: string): boolean {
  return Boolean(
    member?.actor.roles.includes("contributor") && member.cityId && member.cityId === cityId,
  );
}

export function requireContributorCity(member: Member): string {
  if (!member.actor.roles.includes("contributor")) {
    throw new VisibleError("forbidden", "role-required", "Only city contributors can do this.");
  }
  if (!member.cityId) {
    throw new VisibleError(
      "forbidden",
      "city-required",
      "Your profile names no city yet; ask an administrator to assign yours.",
    );
  }
  return member.cityId;
}
