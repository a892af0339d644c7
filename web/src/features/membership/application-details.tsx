import type { Application, ApplicationSummary } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";

/** A date and time in the interface language. */
export function useWhen(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
    dateStyle: "long",
    timeStyle: "short",
  });
  return (iso) => format.format(new Date(iso));
}

/** The state of an application, in words, as a badge. */
export function StateBadge({ application }: { application: ApplicationSummary }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${application.state}`}>
      {t(`membership.states.${application.state}`)}
    </span>
  );
}

/** What the application says: the place, the people, the reasons. */
export function ApplicationDetails({ application }: { application: ApplicationSummary }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const when = useWhen();
  const f = (key: string) => t(`membership.form.${key}`);
  const rows: [string, string][] = [
    [t("membership.details.state"), t(`membership.states.${application.state}`)],
    [t("membership.details.submitted"), when(application.submittedAt)],
    [f("country"), countryName(application.country)],
    [f("region"), application.region],
    [
      f("population"),
      application.population.toLocaleString(i18n.resolvedLanguage ?? i18n.language),
    ],
    [f("applicantName"), `${application.applicant.name} (${application.applicant.title})`],
    [
      f("representative"),
      `${application.representative.name}, ${application.representative.office} (${application.representative.email})`,
    ],
  ];
  return (
    <section aria-labelledby="application-details">
      <h2 id="application-details">{t("membership.details.title")}</h2>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{f("motivation")}</h3>
      <p className="prose">{application.motivation}</p>
      <h3>{f("contribution")}</h3>
      <p className="prose">{application.contribution}</p>
    </section>
  );
}

/** Every step of the application, oldest first: who, when, what, and their message. */
export function ApplicationLog({ application }: { application: Application }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <section aria-labelledby="application-log">
      <h2 id="application-log">{t("membership.log.title")}</h2>
      <ol className="log">
        {application.log.map((event) => (
          <li key={`${event.at}-${event.action}`}>
            <p>
              <strong>{t(`membership.log.actions.${event.action}`)}</strong>{" "}
              {t("membership.log.byOn", { name: event.byName, date: when(event.at) })}
            </p>
            {event.message && <blockquote>{event.message}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
