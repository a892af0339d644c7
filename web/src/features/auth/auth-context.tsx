import type { Role } from "@alliance/core/web";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { rolesOf } from "./roles.ts";
import { loadAuth, mayBeSignedIn, onAuthLoaded } from "./session.ts";

export type AuthState =
  | { status: "checking" }
  /** `roles` come from the session's access token: they hold when the API does not answer. */
  | { status: "signed-in"; username: string; roles: readonly Role[] }
  | { status: "signed-out" };

interface AuthContextValue {
  state: AuthState;
  /** Reads the session again (after signing in or out). */
  refresh: () => Promise<AuthState>;
  /**
   * True while the person signs out here and the app takes them home: protected pages
   * still on screen for a moment must not send them to sign in instead.
   */
  leaving: boolean;
  setLeaving: (leaving: boolean) => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function readState(): Promise<AuthState> {
  // Nothing stored, no session: an anonymous visit never waits for Amplify.
  if (!mayBeSignedIn()) return { status: "signed-out" };
  try {
    const { getCurrentUser, fetchAuthSession } = await loadAuth();
    const user = await getCurrentUser();
    // A session that cannot be read (an expired token and no network to refresh it)
    // still leaves the person signed in here; the API will ask them to sign in again.
    const session = await fetchAuthSession().catch(() => undefined);
    const roles = rolesOf(session?.tokens?.accessToken?.payload);
    return { status: "signed-in", username: user.username, roles };
  } catch {
    return { status: "signed-out" };
  }
}

/**
 * Who is signed in, kept in step with Amplify's auth events. `visitor`: start as a
 * visitor (signed out), as the server renders a public page for anyone, so that the
 * browser's hydration finds the same page and a visitor's page does not change (no
 * "Sign in" links and visitor notes appearing, pushing the page down) once the app
 * runs. Where a session may be stored, the state turns to "checking" at once.
 */
export function AuthProvider({
  children,
  visitor = false,
}: {
  children: ReactNode;
  visitor?: boolean;
}) {
  const [state, setState] = useState<AuthState>(
    visitor ? { status: "signed-out" } : { status: "checking" },
  );
  const [leaving, setLeaving] = useState(false);

  const refresh = useCallback(async () => {
    const next = await readState();
    setState(next);
    return next;
  }, []);

  useEffect(() => {
    let stop: (() => void) | undefined;
    // A member on a page rendered for visitors: not signed out until Amplify says so.
    if (visitor && mayBeSignedIn()) setState({ status: "checking" });
    void refresh();
    // Amplify's events once something loads it (a stored session, a sign-in page).
    const cancel = onAuthLoaded(({ Hub }) => {
      stop = Hub.listen("auth", ({ payload }) => {
        if (payload.event === "signedOut" || payload.event === "tokenRefresh_failure") {
          setState({ status: "signed-out" });
        } else if (payload.event === "signedIn" || payload.event === "tokenRefresh") {
          // A refreshed token carries the roles as they are now (an administrator may
          // have changed them).
          void refresh();
        }
      });
    });
    return () => {
      cancel();
      stop?.();
    };
  }, [refresh, visitor]);

  return <AuthContext value={{ state, refresh, leaving, setLeaving }}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth needs an AuthProvider");
  return value;
}

/**
 * What the signed-in person may do, from their session alone (no request): the menu
 * and the pages that depend on a role keep working when the API fails.
 */
export function useRoles() {
  const { state } = useAuth();
  const roles = state.status === "signed-in" ? state.roles : [];
  return {
    signedIn: state.status === "signed-in",
    isAdmin: roles.includes("admin"),
    isTrainer: roles.includes("trainer"),
    isContributor: roles.includes("contributor"),
  };
}
