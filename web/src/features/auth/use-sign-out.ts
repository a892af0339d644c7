import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useAuth } from "./auth-context.tsx";
import { loadAuth } from "./session.ts";

/**
 * Signs out on this device, forgets everything cached for the person (their profile
 * must not be shown to the next person at a shared computer) and goes home.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const [pending, setPending] = useState(false);

  const signOut = async () => {
    if (pending) return;
    setPending(true);
    try {
      const auth = await loadAuth();
      await auth.signOut();
    } catch {
      // Amplify clears the tokens even when revoking them fails; nothing to tell.
    } finally {
      queryClient.clear();
      await refresh();
      setPending(false);
      navigate("/", { state: { flash: "signedOut" } });
    }
  };

  return { signOut, pending };
}
