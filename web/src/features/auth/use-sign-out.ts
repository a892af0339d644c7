import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import type { FlashKey } from "../../app/flash-message.tsx";
import { useAuth } from "./auth-context.tsx";
import { loadAuth } from "./session.ts";

/**
 * Signs out on this device, forgets everything cached for the person (their profile
 * must not be shown to the next person at a shared computer) and goes home, where
 * `flash` says why (after deleting the account, that it is deleted).
 */
export function useSignOut(flash: FlashKey = "signedOut") {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { refresh, setLeaving } = useAuth();
  const [pending, setPending] = useState(false);

  const signOut = async () => {
    if (pending) return;
    setPending(true);
    // Go home first (a page that is gone can no longer navigate), then sign out;
    // `leaving` holds protected pages back until home is on screen (useHomeReached).
    setLeaving(true);
    await navigate("/", { state: { flash } });
    try {
      const auth = await loadAuth();
      await auth.signOut();
    } catch {
      // Amplify clears the tokens even when revoking them fails; nothing to tell.
    } finally {
      queryClient.clear();
      await refresh();
      setPending(false);
    }
  };

  return { signOut, pending };
}

/** Ends `leaving` once the home page a sign-out went to is the page on screen. */
export function useHomeReached() {
  const { leaving, setLeaving } = useAuth();
  const { pathname } = useLocation();
  useEffect(() => {
    if (leaving && pathname === "/") setLeaving(false);
  }, [leaving, pathname, setLeaving]);
}
