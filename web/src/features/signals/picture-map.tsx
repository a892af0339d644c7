import type { PictureCell } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import { loadEuropeMap } from "../cities/index.ts";
import { cellText } from "./signal-words.ts";

/** How a cell is shaded: by its prevailing direction, hatched when hidden. */
const shade = (cell: PictureCell) =>
  cell.shown ? `signal-map__${cell.direction}` : "signal-map__hidden";

/**
 * Europe shaded by country for one theme and month (the member map's geometry,
 * decision 0034). Each shaded country names its cell in words; the timeline below
 * holds the same figures as text, so the map is a picture of them, not their only form.
 */
export function PictureMap({ cells, caption }: { cells: PictureCell[]; caption: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const map = useQuery({ queryKey: ["europe-map"], queryFn: loadEuropeMap, staleTime: Infinity });
  if (!map.data) return null;
  const byCountry = new Map(cells.map((cell) => [cell.country as string, cell]));
  return (
    <figure className="signal-map">
      <svg
        className="member-map"
        viewBox={`0 0 ${map.data.width} ${map.data.height}`}
        role="img"
        aria-labelledby="signal-map-title"
      >
        <title id="signal-map-title">{caption}</title>
        <path className="member-map__land" d={map.data.background} />
        {map.data.countries.map((country) => {
          const cell = byCountry.get(country.code);
          return (
            <path
              key={country.code}
              className={cell ? shade(cell) : "member-map__country"}
              d={country.d}
            >
              {cell && <title>{`${countryName(country.code)}: ${cellText(t, cell)}`}</title>}
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="signal-legend">
          {(["rising", "stable", "falling", "mixed"] as const).map((direction) => (
            <li key={direction}>
              <span
                className={`signal-legend__swatch signal-map__${direction}`}
                aria-hidden="true"
              />
              {t(`signals.cellDirections.${direction}`)}
            </li>
          ))}
          <li>
            <span className="signal-legend__swatch signal-map__hidden" aria-hidden="true" />
            {t("signals.picture.notEnough")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
