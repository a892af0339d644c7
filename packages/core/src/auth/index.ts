export {
  type Actor,
  requireRole,
  requireUser,
  type UserActor,
  useActor,
  withActor,
} from "./actor.ts";
