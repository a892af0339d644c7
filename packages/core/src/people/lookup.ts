import type { UserItem } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";

/** A person's profile by the platform's id (one Query on gsi1), or 404. */
export async function findUser(data: DataService, userId: string): Promise<UserItem> {
  const found = await data.entities.user.query.byUserId({ userId }).go({ limit: 1 });
  const user = found.data[0];
  if (!user) throw new VisibleError("not-found", "user-not-found", "No user has this id.");
  return user;
}

/** A contributor publishes on behalf of a city: they cannot be without one. */
export function cityRequired(message: string): VisibleError {
  return new VisibleError("input", "city-required", "A contributor speaks for a city.", [
    { field: "cityId", message },
  ]);
}
