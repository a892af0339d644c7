import {
  currentMember,
  type IdentityDirectory,
  requireRole,
  searchNameOf,
  type UserItem,
} from "../auth/index.ts";
import { assertKnownCity } from "../cities/index.ts";
import { queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { Role } from "../schema/roles.ts";
import { citySummary, writeAudited } from "./audited-write.ts";
import { findUser } from "./lookup.ts";
import type { PeoplePage, PeopleQuery, Person } from "./schemas.ts";

export function toPerson(item: UserItem, roles: Role[]): Person {
  return {
    userId: item.userId,
    username: item.username,
    displayName: item.displayName,
    position: item.position ?? null,
    cityId: item.cityId ?? null,
    roles,
    suspendedAt: item.suspendedAt ?? null,
    suspensionReason: item.suspensionReason ?? null,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

export const stalePerson = () =>
  new VisibleError(
    "precondition-failed",
    "stale-version",
    "This person's profile was changed since you loaded it. Reload it and apply your change again.",
  );

/**
 * Administrators find people and assign the city a contributor publishes for.
 * Roles come from the identity provider as they are now, not from any token.
 */
export function personUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  const users = data.entities.user;
  return {
    /**
     * Everyone by name, or those whose name or username contains `q`: one Query of
     * the people's partition of gsi2 per page. A search reads on until it has a
     * page of matches (or the end), so a page may cost more than one request.
     */
    async search({ q, cursor, limit }: PeopleQuery): Promise<PeoplePage> {
      requireRole("admin");
      const term = q?.trim() ?? "";
      const byName = users.query.byName({});
      const page = term
        ? await queryPage(
            {
              go: (options: { cursor: string | null; limit: number }) =>
                byName
                  .where(
                    ({ searchName, username }, { contains }) =>
                      `${contains(searchName, searchNameOf(term))} OR ${contains(username, term)} OR ${contains(username, term.toLowerCase())}`,
                  )
                  // `count` pages DynamoDB until it has this many matches; `limit` would cap each read.
                  .go({ cursor: options.cursor, count: options.limit }),
            },
            { cursor, limit },
          )
        : await queryPage(byName, { cursor, limit });
      return {
        items: page.items.map((item) => ({
          userId: item.userId,
          username: item.username,
          displayName: item.displayName,
          cityId: item.cityId ?? null,
        })),
        cursor: page.cursor,
      };
    },

    async get(userId: string): Promise<Person> {
      requireRole("admin");
      const user = await findUser(data, userId);
      return toPerson(user, await directory.rolesOf(user.username));
    },

    /**
     * Sets (or with `null`, takes away) a person's city if their profile is still
     * at `expectedVersion` (If-Match). A contributor keeps a city: 409 otherwise.
     */
    async setCity(userId: string, cityId: string | null, expectedVersion: number): Promise<Person> {
      requireRole("admin");
      const user = await findUser(data, userId);
      if (user.version !== expectedVersion) throw stalePerson();
      const roles = await directory.rolesOf(user.username);
      if (!cityId && roles.includes("contributor")) {
        throw new VisibleError(
          "conflict",
          "contributor-needs-city",
          "A contributor publishes on behalf of a city. Remove the contributor role first.",
        );
      }
      if (cityId) await assertKnownCity(data, cityId);
      const written = await writeAudited(data, {
        admin: await currentMember(data),
        user,
        change: cityId ? { set: { cityId }, remove: [] } : { set: {}, remove: ["cityId"] },
        action: "city-set",
        before: citySummary(user.cityId),
        after: citySummary(cityId),
        at: now(),
      });
      if (!written) throw stalePerson();
      return toPerson(written, roles);
    },
  };
}
