import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CountryGroup } from "./cities-page.tsx";
import { countryAnchor } from "./cities-page.tsx";
import map from "./europe-map.json";

/** A member country's list: scrolled to, and its heading focused, so keyboard users go on from there. */
function goTo(event: MouseEvent<Element>, country: string) {
  const heading = document.getElementById(countryAnchor(country));
  if (!heading) return;
  event.preventDefault();
  heading.scrollIntoView({ block: "start" });
  heading.focus();
}

/**
 * Europe with the member countries shaded (Natural Earth, projected beforehand:
 * europe-geometry.ts). Each member country is a link, in the list's order, named
 * "France: 3 member cities"; a country too small to point at gets a dot too.
 */
export function MemberMap({ groups }: { groups: CountryGroup[] }) {
  const { t } = useTranslation();
  const shapes = new Map(map.countries.map((country) => [country.code, country]));
  const members = new Set(groups.map((group) => group.country));
  return (
    <svg className="member-map" viewBox={`0 0 ${map.width} ${map.height}`}>
      <title>{t("directory.map.title")}</title>
      <path className="member-map__land" d={map.background} />
      {map.countries
        .filter((country) => !members.has(country.code as CountryGroup["country"]))
        .map((country) => (
          <path key={country.code} className="member-map__country" d={country.d} />
        ))}
      {groups.map((group) => {
        const shape = shapes.get(group.country);
        if (!shape) return null;
        const label = t("directory.map.country", {
          country: group.name,
          count: group.cities.length,
        });
        return (
          <a
            key={group.country}
            href={`#${countryAnchor(group.country)}`}
            className="member-map__member"
            aria-label={label}
            onClick={(event) => goTo(event, group.country)}
          >
            <title>{label}</title>
            <path d={shape.d} />
            {"dot" in shape && shape.dot && <circle cx={shape.dot[0]} cy={shape.dot[1]} r={5} />}
          </a>
        );
      })}
    </svg>
  );
}
