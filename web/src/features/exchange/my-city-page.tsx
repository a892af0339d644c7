import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../auth/index.ts";
import { ItemListPage } from "./item-list-page.tsx";
import { exchangeQueries } from "./queries.ts";

/** A contributor's city's items in every status, with a way to start a new one. */
export function MyCityPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <ItemListPage
      title={t("exchange.myCity.title")}
      intro={t("exchange.myCity.intro")}
      query={exchangeQueries.cityItems()}
      empty={t("exchange.myCity.empty")}
      countKey="exchange.myCity.count"
      editable
      refusals={{
        // A contributor whose city an administrator has not assigned yet.
        "city-required": (
          <div className="notice notice--info">
            <p>{t("exchange.myCity.noCity")}</p>
            <p>
              <Link to="/profile">{t("exchange.myCity.profile")}</Link>
            </p>
          </div>
        ),
      }}
      before={
        <p>
          <Link className="button" to="/exchange/new">
            {t("exchange.myCity.new")}
          </Link>
          {me?.cityId && (
            <>
              {" "}
              <Link to={`/cities/${me.cityId}`}>{t("matching.myCityLink")}</Link>
            </>
          )}
        </p>
      }
    />
  );
}

export { MyCityPage as Component };
