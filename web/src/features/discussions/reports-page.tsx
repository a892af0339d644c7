import type { ReportedPost } from "@alliance/core/web";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Markdown } from "../../ui/markdown.tsx";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { ModerationForm } from "./post-forms.tsx";
import { useName, useWhen } from "./post-view.tsx";
import { discussionQueries, subjectPath, useModerate } from "./queries.ts";

/** Administrators: reported posts nobody decided on yet, oldest report first. */
export function ReportsPage() {
  const { t } = useTranslation();
  const queue = useInfiniteQuery(discussionQueries.reports());
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page title={t("discussions.queue.title")}>
      <p>{t("discussions.queue.intro")}</p>
      <StatusMessage>{notice}</StatusMessage>
      <PagedResults
        search={queue}
        items={items}
        render={(post) => (
          <li key={post.answerId ?? post.questionId} className="card">
            <Reported post={post} onDone={setNotice} />
          </li>
        )}
        labels={{
          loading: t("discussions.queue.loading"),
          empty: t("discussions.queue.empty"),
          more: t("discussions.queue.more"),
          loadingMore: t("discussions.queue.loadingMore"),
        }}
      />
    </Page>
  );
}

function Reported({ post, onDone }: { post: ReportedPost; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const when = useWhen();
  const named = useName();
  const moderate = useModerate();
  const id = `reported-${post.answerId ?? post.questionId}`;
  return (
    <article aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <Link to={subjectPath(post.subject)}>
          {post.answerId
            ? t("discussions.queue.answerTo", { title: post.questionTitle })
            : post.questionTitle}
        </Link>
      </h2>
      <p className="card__meta">
        {t("discussions.queue.meta", {
          name: named(post.author.name),
          count: post.reportCount,
          date: when(post.firstReportedAt),
        })}
        {post.state === "hidden" && <> · {t("discussions.queue.hidden")}</>}
      </p>
      <div className="post__body">
        <Markdown text={post.body} />
      </div>
      <h3>{t("discussions.queue.reasons")}</h3>
      <ul>
        {post.reports.map((report) => (
          <li key={`${report.byName} ${report.at}`}>
            {t("discussions.queue.reason", { name: named(report.byName), reason: report.reason })}
          </li>
        ))}
      </ul>
      <ModerationForm
        id={`${id}-moderation`}
        state={post.state}
        title={t("discussions.moderation.title")}
        submitLabel={t("discussions.moderation.send")}
        pendingLabel={t("discussions.moderation.sending")}
        onSend={async (decision) => {
          await moderate.mutateAsync({
            at: {
              subject: post.subject,
              questionId: post.questionId,
              answerId: post.answerId ?? undefined,
            },
            decision,
            version: post.version,
          });
          onDone(t(`discussions.moderation.done.${decision.decision}`));
        }}
      />
    </article>
  );
}

export { ReportsPage as Component };
