import type { RegistrationState } from "@alliance/core/web";
import { useTranslation } from "react-i18next";

/** The reader's own registration, if any, as a badge. */
export function RegistrationBadge({ state }: { state: RegistrationState | null }) {
  const { t } = useTranslation();
  if (!state || state === "cancelled") return null;
  return <span className="badge badge--accepted">{t(`events.registration.states.${state}`)}</span>;
}
