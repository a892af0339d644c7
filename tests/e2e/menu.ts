import type { DemoUserKey } from "@alliance/dev";
import type { Page } from "playwright-core";

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

/**
 * Follows a role workspace link of the main menu, opening "Your work" first when the
 * person's roles put several workspaces under it.
 */
export async function goToWorkspace(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  const work = nav.getByRole("button", { name: "Your work" });
  if (await work.isVisible()) await work.click();
  await nav.getByRole("link", { name }).click();
}
