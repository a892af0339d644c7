/**
 * Who is calling: the session and its roles, the signed-in person's profile, the
 * guard of signed-in pages, sign-out. The sign-in pages are reached by the router.
 */
export { AuthProvider, type AuthState, useAuth, useRoles } from "./auth-context.tsx";
export { RequireAuth } from "./require-auth.tsx";
export { getAccessToken, loadAuth, preloadAuth, setAuthConfig } from "./session.ts";
export { meKey, meQuery, useMe } from "./use-me.ts";
export { useHomeReached, useSignOut } from "./use-sign-out.ts";
