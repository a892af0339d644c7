import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { useCities } from "./city-name.ts";
import { PersonCityForm } from "./person-city-form.tsx";
import { PersonRolesForm } from "./person-roles-form.tsx";
import { PersonSuspension } from "./person-suspension.tsx";
import { peopleQueries } from "./queries.ts";

/**
 * A person as an administrator sees them (name, username, city, the roles they
 * hold now) with a form for the city and one for the roles. After a save or a
 * reload both forms start again from the person as the API now has them.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const { userId = "" } = useParams();
  const person = useQuery(peopleQueries.person(userId));
  const { nameOf } = useCities();
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const data = person.data;

  const startAgain = async (message: string | null) => {
    await person.refetch();
    setRound((count) => count + 1);
    setNotice(message);
  };

  return (
    <Page title={data?.displayName ?? t("people.title")}>
      <p>
        <Link to="/admin/people">{t("people.back")}</Link>
      </p>
      <StatusMessage>{notice ?? undefined}</StatusMessage>
      {data ? (
        <>
          <h2>{t("people.person.details")}</h2>
          <dl className="details">
            <dt>{t("people.person.name")}</dt>
            <dd>{data.displayName}</dd>
            <dt>{t("people.person.username")}</dt>
            <dd>{data.username}</dd>
            <dt>{t("people.person.city")}</dt>
            <dd>{data.cityId ? nameOf(data.cityId) : t("people.city.none")}</dd>
            <dt>{t("people.person.status")}</dt>
            <dd>{data.suspendedAt ? t("people.person.suspended") : t("people.person.active")}</dd>
            <dt>{t("people.person.roles")}</dt>
            <dd>
              {data.roles.length > 0
                ? data.roles.map((role) => t(`roles.${role}`)).join(", ")
                : t("people.person.learnerOnly")}
            </dd>
          </dl>
          <p>
            <Link to={`/admin/audit?object=${data.userId}`}>{t("people.person.trail")}</Link>
          </p>
          <PersonCityForm
            key={`city-${round}`}
            person={data}
            onSaved={() => startAgain(t("people.city.saved", { name: data.displayName }))}
            onReload={() => startAgain(null)}
          />
          <PersonRolesForm
            key={`roles-${round}`}
            person={data}
            onSaved={() => startAgain(t("people.roles.saved", { name: data.displayName }))}
          />
          <PersonSuspension
            key={`suspension-${round}`}
            person={data}
            onSaved={startAgain}
            onReload={() => startAgain(null)}
          />
        </>
      ) : (
        <QueryFallback query={person} label={t("people.person.loading")} />
      )}
    </Page>
  );
}

export { PersonPage as Component };
