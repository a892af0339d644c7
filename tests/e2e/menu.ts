import type { DemoUserKey } from "@alliance/dev";

/** Who a browser test signs in as: nobody, a learner it creates, or a demo sign-in. */
export type Who = "visitor" | "learner" | DemoUserKey;

/** The role workspaces the main menu offers each of them (under "Your work" when several). */
export const workspaceLinks: Record<Who, readonly string[]> = {
  visitor: [],
  learner: [],
  representative: [],
  contributorA: ["My city’s items", "Exchange requests"],
  contributorB: ["My city’s items", "Exchange requests"],
  trainer: ["My courses"],
  admin: ["My courses", "Moderation"],
};
