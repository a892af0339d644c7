import { signedIn } from "../middleware/signed-in.ts";
import { bearerSecurity } from "./problems.ts";

/** Shared parts of a route of one's own inbox or e-mail choices: any signed-in person. */
export const ownNotifications = {
  tags: ["Notifications"],
  security: bearerSecurity,
  middleware: [signedIn],
};
