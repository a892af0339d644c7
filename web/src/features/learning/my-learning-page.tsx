import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading } from "../../ui/status.tsx";
import { CompletedCard, InProgressCard } from "./learning-cards.tsx";
import { learningQueries } from "./queries.ts";

/** The courses the person follows, with their progress, and those completed, with certificates. */
function MyLearningPage() {
  const { t } = useTranslation();
  const mine = useQuery(learningQueries.mine());

  return (
    <Page title={t("learning.mine.title")}>
      {mine.isPending ? (
        <Loading label={t("learning.mine.loading")} paused={mine.fetchStatus === "paused"} />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.inProgress.length === 0 && mine.data.completed.length === 0 ? (
        <p className="empty">
          {t("learning.mine.empty")} <Link to="/courses">{t("learning.mine.browse")}</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="learning-in-progress">
            <h2 id="learning-in-progress">{t("learning.mine.inProgress")}</h2>
            {mine.data.inProgress.length === 0 ? (
              <p className="empty">
                {t("learning.mine.noneInProgress")}{" "}
                <Link to="/courses">{t("learning.mine.browse")}</Link>
              </p>
            ) : (
              <ul className="cards cards--list">
                {mine.data.inProgress.map((course) => (
                  <InProgressCard key={course.courseId} course={course} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="learning-completed">
            <h2 id="learning-completed">{t("learning.mine.completed")}</h2>
            {mine.data.completed.length === 0 ? (
              <p className="empty">{t("learning.mine.noneCompleted")}</p>
            ) : (
              <ul className="cards cards--list">
                {mine.data.completed.map((course) => (
                  <CompletedCard key={course.courseId} course={course} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

export { MyLearningPage as Component };
