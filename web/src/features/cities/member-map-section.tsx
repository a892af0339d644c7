import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryFallback } from "../../ui/status.tsx";
import type { CountryGroup } from "./cities-page.tsx";

/**
 * The map of member countries, in a chunk of its own with its geometry: fetched
 * when the directory shows, so no other page grows (decision 0034). A failed
 * download says so and offers "Try again", like any request. The table beside it
 * gives screen readers (and anyone) the same counts.
 */
export function MemberMapSection({ groups }: { groups: CountryGroup[] }) {
  const { t } = useTranslation();
  const chunk = useQuery({
    queryKey: ["member-map-chunk"],
    queryFn: () => import("./member-map.tsx"),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const MemberMap = chunk.data?.MemberMap;
  return (
    <section aria-labelledby="directory-map">
      <h2 id="directory-map">{t("directory.map.heading")}</h2>
      {/* The map's room is kept while its chunk loads: the list below does not move. */}
      <div className="member-map-frame">
        {MemberMap ? (
          <MemberMap groups={groups} />
        ) : (
          <QueryFallback query={chunk} label={t("directory.map.loading")} />
        )}
      </div>
      <table className="visually-hidden">
        <caption>{t("directory.map.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("directory.map.countryColumn")}</th>
            <th scope="col">{t("directory.map.citiesColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.country}>
              <th scope="row">{group.name}</th>
              <td>{group.cities.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
