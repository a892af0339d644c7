import { currentMember, requireUser } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { StoredSavedSearch } from "./saved-search.entity.ts";
import {
  MAX_SAVED_SEARCHES,
  type SavedSearchCreate,
  type SavedSearchView,
} from "./saved-search-schemas.ts";

const toView = (stored: StoredSavedSearch): SavedSearchView => ({
  savedSearchId: stored.savedSearchId,
  name: stored.name,
  criteria: stored.criteria,
  createdAt: stored.createdAt,
});

/**
 * A member's saved exchange searches (decision 0079): a name and the search's query,
 * in the member's own partition; a newly published item that one matches notifies them.
 */
export function savedSearchUseCases(data: DataService, now: () => Date) {
  const searches = data.entities.savedSearch;
  const ownOf = (subject: string) =>
    searches.query.byPerson({ subject }).go({ pages: "all", limit: MAX_SAVED_SEARCHES + 1 });
  return {
    /** Newest first. */
    async list(): Promise<SavedSearchView[]> {
      const actor = requireUser();
      const found = await ownOf(actor.subject);
      return found.data.map(toView).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    /**
     * Through the profile, so a deleted account's token cannot write personal data
     * again, and the match's notification has a person to go to. At most
     * MAX_SAVED_SEARCHES each: two saves racing at the limit may both pass the count.
     */
    async create(input: SavedSearchCreate): Promise<SavedSearchView> {
      const { actor, userId } = await currentMember(data);
      const existing = await ownOf(actor.subject);
      if (existing.data.length >= MAX_SAVED_SEARCHES) {
        throw new VisibleError(
          "conflict",
          "too-many-saved-searches",
          `You can keep ${MAX_SAVED_SEARCHES} saved searches; delete one to save another.`,
        );
      }
      const created = await searches
        .create({
          subject: actor.subject,
          savedSearchId: newId("svs"),
          ownerId: userId,
          name: input.name,
          criteria: input.criteria,
          createdAt: now().toISOString(),
        })
        .go();
      return toView(created.data);
    },

    /** Idempotent: deleting one that is gone (or another person's) changes nothing. */
    async remove(savedSearchId: string): Promise<void> {
      const actor = requireUser();
      await searches.delete({ subject: actor.subject, savedSearchId }).go();
    },
  };
}
