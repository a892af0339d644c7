import type { AnswerView, QuestionView as Question } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../ui/submit-button.tsx";
import { PostForm } from "./lazy-forms.tsx";
import { PostBody, PostControls, PostMeta, useName } from "./post-view.tsx";
import { type PostAt, useAccept, useAnswer } from "./queries.ts";

/** A question with its answers, the accepted one marked, and a way to answer. */
export function QuestionView({
  subject,
  question,
  onDone,
}: {
  subject: string;
  question: Question;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [answering, setAnswering] = useState(false);
  const answer = useAnswer();
  const at: PostAt = { subject, questionId: question.questionId };
  const titleId = `question-${question.questionId}`;
  const title = question.title ?? t("discussions.hidden.title");
  return (
    <article className="card post" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <PostMeta post={question} verb="asked" />
      <PostBody post={question} />
      <PostControls
        post={question}
        at={at}
        label={t("discussions.labels.question", { title })}
        onDone={onDone}
      />
      <h4 className="post__answers-title">
        {t("discussions.answers.count", { count: question.answers.length })}
      </h4>
      {question.answers.length > 0 && (
        <ol className="post__answers">
          {question.answers.map((each) => (
            <li key={each.answerId} className="post__answer">
              <Answer question={question} answer={each} at={at} onDone={onDone} />
            </li>
          ))}
        </ol>
      )}
      {question.state === "visible" &&
        (answering ? (
          <PostForm
            id={`answer-to-${question.questionId}`}
            kind="answer"
            title={t("discussions.answer.title", { title })}
            submitLabel={t("discussions.answer.send")}
            pendingLabel={t("discussions.answer.sending")}
            onCancel={() => setAnswering(false)}
            onSend={async ({ body }) => {
              await answer.mutateAsync({ at, form: { body } });
              setAnswering(false);
              onDone(t("discussions.answer.done"));
            }}
          />
        ) : (
          <p className="actions">
            <button
              type="button"
              className="button button--secondary"
              aria-label={t("discussions.answer.openFor", { title })}
              onClick={() => setAnswering(true)}
            >
              {t("discussions.answer.open")}
            </button>
          </p>
        ))}
    </article>
  );
}

function Answer({
  question,
  answer,
  at,
  onDone,
}: {
  question: Question;
  answer: AnswerView;
  at: PostAt;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const accept = useAccept();
  const named = useName();
  const by = answer.author ? named(answer.author.name) : t("discussions.hidden.someone");
  const label = t("discussions.labels.answer", { name: by });
  const choose = (answerId: string | null, done: string) =>
    accept.mutate(
      { at, choice: { answerId }, version: question.version },
      {
        onSuccess: () => onDone(done),
        onError: () => onDone(t("discussions.accept.failed")),
      },
    );
  return (
    <article
      className={answer.accepted ? "post post--accepted" : "post"}
      aria-label={answer.accepted ? t("discussions.labels.accepted", { name: by }) : label}
    >
      {answer.accepted && (
        <p className="badge badge--accepted">
          <span aria-hidden="true">✓ </span>
          {t("discussions.accept.mark")}
        </p>
      )}
      <PostMeta post={answer} verb="answered" />
      <PostBody post={answer} />
      {question.actions.accept && answer.state === "visible" && (
        <p className="actions actions--row">
          <BusyButton
            busy={accept.isPending}
            variant="secondary"
            aria-label={t(
              answer.accepted ? "discussions.accept.undoFor" : "discussions.accept.acceptFor",
              { name: by },
            )}
            onClick={() =>
              answer.accepted
                ? choose(null, t("discussions.accept.undone"))
                : choose(answer.answerId, t("discussions.accept.done"))
            }
          >
            {t(answer.accepted ? "discussions.accept.undo" : "discussions.accept.accept")}
          </BusyButton>
        </p>
      )}
      <PostControls
        post={answer}
        at={{ ...at, answerId: answer.answerId }}
        label={label}
        onDone={onDone}
      />
    </article>
  );
}
