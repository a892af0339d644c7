import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { useAuth } from "../auth/index.ts";

export function HomePage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  return (
    <Page title={t("home.title")}>
      <p className="lead">{t("home.lead")}</p>
      <div className="columns">
        <section aria-labelledby="home-exchange">
          <h2 id="home-exchange">{t("home.exchange.title")}</h2>
          <p>{t("home.exchange.body")}</p>
          <p>
            <Link to="/exchange">{t("home.exchange.browse")}</Link>
          </p>
          <p>
            <Link to="/cities">{t("home.exchange.link")}</Link>
          </p>
        </section>
        <section aria-labelledby="home-academy">
          <h2 id="home-academy">{t("home.academy.title")}</h2>
          <p>{t("home.academy.body")}</p>
          <p>
            <Link to="/courses">{t("home.academy.browse")}</Link>
          </p>
          <p>
            <Link to="/verify">{t("home.academy.verify")}</Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="home-approach">
        <h2 id="home-approach">{t("home.approach.title")}</h2>
        <p>{t("home.approach.body")}</p>
      </section>
      <section aria-labelledby="home-alliance">
        <h2 id="home-alliance">{t("home.alliance.title")}</h2>
        <p>{t("home.alliance.body")}</p>
        <p>
          <Link to="/join">{t("home.alliance.link")}</Link>
        </p>
      </section>
      {state.status === "signed-out" && (
        <p className="cta">
          <Link className="button" to="/sign-up">
            {t("home.join")}
          </Link>{" "}
          <Link to="/sign-in">{t("home.signIn")}</Link>
        </p>
      )}
    </Page>
  );
}

export const handle: PublicPage = {
  head: ({ t }) => ({ title: t("home.title"), description: describe(t("home.lead")) }),
};

export { HomePage as Component };
