import { type PictureCell, SIGNAL_THEMES, type SignalTheme } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useCountryName } from "../../ui/country-name.ts";
import { DownloadButton } from "../../ui/download-button.tsx";
import { Page } from "../../ui/page.tsx";
import { saveFile } from "../../ui/save-file.ts";
import { QueryFallback } from "../../ui/status.tsx";
import { useMe, useRoles } from "../auth/index.ts";
import { PictureMap } from "./picture-map.tsx";
import { fetchPictureCsv, signalQueries } from "./queries.ts";
import { cellText, themeName } from "./signal-words.ts";

/** The twelve months up to this one, oldest first. */
function lastMonths(): string[] {
  const now = new Date();
  return Array.from({ length: 12 }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + index, 1))
      .toISOString()
      .slice(0, 7),
  );
}

/**
 * The early-warning picture for signed-in members: a theme and a month chosen, Europe
 * shaded by country, and each country's timeline of the last twelve months in words.
 */
export function PicturePage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { isAdmin } = useRoles();
  const countryName = useCountryName();
  const [params, setParams] = useSearchParams();
  const months = lastMonths();
  const theme = (SIGNAL_THEMES as readonly string[]).includes(params.get("theme") ?? "")
    ? (params.get("theme") as SignalTheme)
    : "hate-incidents";
  const month = months.includes(params.get("month") ?? "")
    ? (params.get("month") as string)
    : (months.at(-1) as string);
  const query = { theme, from: months[0] as string, to: months.at(-1) as string };
  const picture = useQuery(signalQueries.picture(query));
  const choose = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  const countries = [...new Set(picture.data?.cells.map((cell) => cell.country))].sort();
  const cellAt = (country: string, at: string) =>
    picture.data?.cells.find((cell) => cell.country === country && cell.month === at);
  return (
    <Page title={t("signals.picture.title")}>
      <p>{t("signals.picture.intro")}</p>
      <ul className="actions">
        {me?.cityId && (
          <>
            <li>
              <Link to="/signals/new">{t("signals.record.title")}</Link>
            </li>
            <li>
              <Link to="/signals/mine">{t("signals.mine.title")}</Link>
            </li>
          </>
        )}
        {isAdmin && (
          <li>
            <Link to="/signals/review">{t("signals.review.title")}</Link>
          </li>
        )}
      </ul>
      <form
        className="form"
        aria-label={t("signals.picture.filters")}
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor="picture-theme">{t("signals.fields.theme")}</label>
        <select
          id="picture-theme"
          value={theme}
          onChange={(event) => choose("theme", event.target.value)}
        >
          {SIGNAL_THEMES.map((each) => (
            <option key={each} value={each}>
              {themeName(t, each)}
            </option>
          ))}
        </select>
        <label htmlFor="picture-month">{t("signals.picture.month")}</label>
        <select
          id="picture-month"
          value={month}
          onChange={(event) => choose("month", event.target.value)}
        >
          {months.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </form>
      {!picture.data ? (
        <QueryFallback query={picture} label={t("signals.picture.loading")} />
      ) : (
        <>
          <h2>{t("signals.picture.mapTitle", { theme: themeName(t, theme), month })}</h2>
          <PictureMap
            cells={picture.data.cells.filter((cell) => cell.month === month)}
            caption={t("signals.picture.mapTitle", { theme: themeName(t, theme), month })}
          />
          <p className="hint">{t("signals.picture.rule", { count: picture.data.minimumCities })}</p>
          <DownloadButton
            save={async () => {
              const fileName = "signals-picture.csv";
              saveFile(await fetchPictureCsv(query), fileName);
              return fileName;
            }}
            preparing={t("signals.picture.csvPreparing")}
            done={(fileName) => t("signals.picture.csvDone", { fileName })}
            failed={t("signals.picture.csvFailed")}
          >
            {t("signals.picture.csv")}
          </DownloadButton>
          <h2>{t("signals.picture.timeline", { theme: themeName(t, theme) })}</h2>
          {countries.length === 0 ? (
            <p>{t("signals.picture.empty")}</p>
          ) : (
            countries.map((country) => (
              <section key={country} aria-labelledby={`timeline-${country}`}>
                <h3 id={`timeline-${country}`}>{countryName(country)}</h3>
                <TimelineStrip cells={months.map((at) => cellAt(country, at))} />
                <ol className="signal-timeline">
                  {months.map((at) => (
                    <li key={at}>
                      <strong>{at}</strong>: {cellText(t, cellAt(country, at))}
                    </li>
                  ))}
                </ol>
              </section>
            ))
          )}
        </>
      )}
    </Page>
  );
}

/** The timeline at a glance: one square per month; the list under it says the same in words. */
function TimelineStrip({ cells }: { cells: Array<PictureCell | undefined> }) {
  return (
    <svg className="signal-strip" viewBox={`0 0 ${cells.length * 14} 12`} aria-hidden="true">
      {cells.map((cell, index) => (
        <rect
          // biome-ignore lint/suspicious/noArrayIndexKey: one square per month, in order.
          key={index}
          x={index * 14}
          width="12"
          height="12"
          className={
            !cell
              ? "member-map__country"
              : cell.shown
                ? `signal-map__${cell.direction}`
                : "signal-map__hidden"
          }
        />
      ))}
    </svg>
  );
}

export { PicturePage as Component };
