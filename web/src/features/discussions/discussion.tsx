import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useAuth } from "../auth/index.ts";
import { PostForm, preloadForms } from "./lazy-forms.tsx";
import { discussionQueries, useAsk } from "./queries.ts";
import { QuestionView } from "./question-view.tsx";

/**
 * The discussion of a published item (`item:<itemId>`) or course
 * (`course:<courseId>`): a visitor sees how many questions it has and is asked
 * to sign in; members read, ask, answer, edit, accept and report.
 */
export function Discussion({ subject }: { subject: string }) {
  const { state } = useAuth();
  // Until the session is known, nothing is asked: a member's first request is a member's.
  if (state.status === "checking") return null;
  return <DiscussionView subject={subject} signedIn={state.status === "signed-in"} />;
}

/** The discussion as a visitor (`signedIn` false) or a member sees it. */
export function DiscussionView({ subject, signedIn }: { subject: string; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const discussion = useInfiniteQuery(discussionQueries.discussion(subject, signedIn));
  const first = discussion.data?.pages[0];
  return (
    <section
      className="discussion"
      aria-labelledby="discussion-title"
      lang={i18n.resolvedLanguage ?? i18n.language}
    >
      <h2 id="discussion-title">{t("discussions.title")}</h2>
      {!first ? (
        <QueryFallback query={discussion} label={t("discussions.loading")} />
      ) : first.questions === null ? (
        <SignInToRead count={first.questionCount} />
      ) : (
        <Thread
          subject={subject}
          count={first.questionCount}
          questions={discussion.data?.pages.flatMap((page) => page.questions ?? []) ?? []}
          more={discussion.hasNextPage}
          loadingMore={discussion.isFetchingNextPage}
          onMore={() => void discussion.fetchNextPage()}
        />
      )}
    </section>
  );
}

function SignInToRead({ count }: { count: number }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <p>
      {t("discussions.count", { count })} —{" "}
      <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`} state={{ flash: "signInFirst" }}>
        {t("discussions.signIn")}
      </Link>
    </p>
  );
}

function Thread({
  subject,
  count,
  questions,
  more,
  loadingMore,
  onMore,
}: {
  subject: string;
  count: number;
  questions: NonNullable<Parameters<typeof QuestionView>[0]["question"]>[];
  more: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const ask = useAsk();
  // A member reads the thread: have the forms ready before they open one.
  useEffect(preloadForms, []);
  return (
    <>
      <StatusMessage>{notice}</StatusMessage>
      <p>{count === 0 ? t("discussions.empty") : t("discussions.count", { count })}</p>
      {asking ? (
        <PostForm
          id="ask"
          kind="question"
          title={t("discussions.ask.title")}
          submitLabel={t("discussions.ask.send")}
          pendingLabel={t("discussions.ask.sending")}
          onCancel={() => setAsking(false)}
          onSend={async (form) => {
            await ask.mutateAsync({ subject, form });
            setAsking(false);
            setNotice(t("discussions.ask.done"));
          }}
        />
      ) : (
        <p className="actions">
          <button type="button" className="button" onClick={() => setAsking(true)}>
            {t("discussions.ask.open")}
          </button>
        </p>
      )}
      {questions.map((question) => (
        <QuestionView
          key={question.questionId}
          subject={subject}
          question={question}
          onDone={setNotice}
        />
      ))}
      {more && (
        <p className="actions">
          <BusyButton
            busy={loadingMore}
            busyLabel={t("discussions.loadingMore")}
            variant="secondary"
            onClick={onMore}
          >
            {t("discussions.more")}
          </BusyButton>
        </p>
      )}
    </>
  );
}
