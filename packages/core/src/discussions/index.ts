import type { DataService } from "../data/service.ts";
import { moderationUseCases } from "./moderation.ts";
import { postUseCases } from "./posts.ts";
import { readingUseCases } from "./reading.ts";

export { forgetPerson } from "./forget-person.ts";
export type { PostAddress } from "./moderation.ts";
export { retryAfter } from "./post-store.ts";
export * from "./schemas.ts";

/**
 * Discussions of published exchange items and courses: members ask and answer,
 * the asker accepts an answer, members report posts and administrators hide or
 * restore them. Every step is a `discussionEvent` in the subject's log, which
 * the table's change stream carries to whoever subscribes (decision 0036).
 */
export function discussionUseCases(data: DataService, now: () => Date = () => new Date()) {
  return {
    ...readingUseCases(data, now),
    ...postUseCases(data, now),
    ...moderationUseCases(data, now),
  };
}
