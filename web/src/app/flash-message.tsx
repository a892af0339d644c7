import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { StatusMessage } from "../ui/status.tsx";

/** Messages a page can leave for the next one: `navigate(to, { state: { flash } })`. */
export const FLASH_KEYS = [
  "signedIn",
  "signedOut",
  "signInFirst",
  "codeSent",
  "confirmFirst",
  "confirmed",
  "accountReady",
  "passwordChanged",
  "draftCreated",
  "itemSubmitted",
  "accountDeleted",
  "observationSent",
  "observationResent",
] as const;
export type FlashKey = (typeof FLASH_KEYS)[number];

function flashOf(state: unknown): FlashKey | null {
  if (typeof state !== "object" || state === null || !("flash" in state)) return null;
  const { flash } = state;
  return FLASH_KEYS.find((key) => key === flash) ?? null;
}

/** Lives in the layout, so its live region exists before the message arrives. */
export function FlashMessage() {
  const { t } = useTranslation();
  const flash = flashOf(useLocation().state);
  return <StatusMessage tone="info">{flash ? t(`flash.${flash}`) : undefined}</StatusMessage>;
}
