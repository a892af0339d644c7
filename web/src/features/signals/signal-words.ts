import { type PictureCell, SIGNAL_KINDS } from "@alliance/core/web";
import type { TFunction } from "i18next";

const KINDS: readonly string[] = SIGNAL_KINDS;

/** A theme's name: the exchange's themes are translated there, signal kinds here. */
export const themeName = (t: TFunction, theme: string) =>
  KINDS.includes(theme) ? t(`signals.kinds.${theme}`) : t(`exchange.themes.${theme}`);

/** One cell in words: its summary, or that it stands on too few cities. */
export function cellText(t: TFunction, cell: PictureCell | undefined): string {
  if (!cell) return t("signals.picture.none");
  if (!cell.shown) return t("signals.picture.notEnough");
  return t("signals.picture.cell", {
    direction: t(`signals.cellDirections.${cell.direction}`),
    intensity: t(`signals.intensities.${cell.intensity}`),
    count: cell.cities,
  });
}
