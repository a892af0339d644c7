import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { loadAuth } from "./session.ts";

export type AuthState =
  | { status: "checking" }
  | { status: "signed-in"; username: string }
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
  try {
    const { getCurrentUser } = await loadAuth();
    const user = await getCurrentUser();
    return { status: "signed-in", username: user.username };
  } catch {
    return { status: "signed-out" };
  }
}

/** Who is signed in, kept in step with Amplify's auth events. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: "checking" });
  const [leaving, setLeaving] = useState(false);

  const refresh = useCallback(async () => {
    const next = await readState();
    setState(next);
    return next;
  }, []);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void refresh();
    loadAuth()
      .then(({ Hub }) => {
        if (cancelled) return;
        stop = Hub.listen("auth", ({ payload }) => {
          if (payload.event === "signedOut" || payload.event === "tokenRefresh_failure") {
            setState({ status: "signed-out" });
          } else if (payload.event === "signedIn") {
            void refresh();
          }
        });
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [refresh]);

  return <AuthContext value={{ state, refresh, leaving, setLeaving }}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth needs an AuthProvider");
  return value;
}
