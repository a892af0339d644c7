import type { Item, Review } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextAreaField } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { fieldLabelKey } from "./field-paths.ts";
import { useLabels } from "./labels.ts";
import { exchangeKeys, type Transition, useReview, useTransition } from "./queries.ts";
import { useMe } from "./use-me.ts";

const REVIEW_COMMENT_MIN = 5;

type Notice = "submitted" | "archived" | "approved" | "changesRequested" | "reloaded";

/**
 * What the item's city contributors and administrators see on the item page: its
 * status, what they can do with it, and the moderation log with its comments.
 */
export function ItemManagement({ item }: { item: Item }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const { isAdmin, me } = useMe();
  const transition = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const ownCity = me?.cityId === item.cityId;
  const canSubmit = ownCity && (item.status === "draft" || item.status === "changes-requested");
  const canEdit = ownCity && item.status !== "archived";
  const canArchive = (ownCity || isAdmin) && item.status !== "archived";

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 412) return setConflict(true);
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
      return setProblem({
        message: t("exchange.manage.incomplete"),
        fields: error.problem.errors.map((entry) => entry.field),
      });
    }
    if (error instanceof ApiError && error.status === 409) {
      return setProblem({ message: t("exchange.manage.wrongState"), fields: [] });
    }
    setProblem({ message: describeRequestError(error, t), fields: [] });
  };

  const run = (action: Transition) => {
    if (transition.isPending) return;
    if (action === "archive" && !window.confirm(t("exchange.manage.archiveConfirm"))) return;
    setNotice(null);
    setProblem(null);
    transition.mutate(
      { itemId: item.itemId, action, version: item.version },
      {
        onSuccess: () => setNotice(action === "submit" ? "submitted" : "archived"),
        onError: fail,
      },
    );
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: exchangeKeys.item(item.itemId) });
    setConflict(false);
    setNotice("reloaded");
  };

  return (
    <section aria-labelledby="item-manage" className="manage">
      <h2 id="item-manage">{t("exchange.manage.title")}</h2>
      <p>
        {t("exchange.manage.status", { status: t(`exchange.statuses.${item.status}`) })}{" "}
        {t(`exchange.manage.statusHelp.${item.status}`)}
      </p>
      <StatusMessage>{notice ? t(`exchange.manage.notice.${notice}`) : undefined}</StatusMessage>
      {conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("exchange.conflict.title")}
          body={t("exchange.conflict.bodyItem")}
          reloadLabel={t("exchange.conflict.reload")}
          onReload={() => void reload()}
        />
      )}
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem.message}</p>
          {problem.fields.length > 0 && (
            <ul>
              {problem.fields.map((field) => (
                <li key={field}>{t(fieldLabelKey(field))}</li>
              ))}
            </ul>
          )}
          {problem.fields.length > 0 && canEdit && (
            <p>
              <Link to={`/exchange/items/${item.itemId}/edit`}>
                {t("exchange.manage.complete")}
              </Link>
            </p>
          )}
        </div>
      )}
      {(canEdit || canSubmit || canArchive) && (
        <div className="actions actions--row">
          {canEdit && (
            <Link className="button button--secondary" to={`/exchange/items/${item.itemId}/edit`}>
              {t("exchange.manage.edit")}
            </Link>
          )}
          {canSubmit && (
            <button
              type="button"
              className="button"
              aria-disabled={transition.isPending || undefined}
              onClick={() => run("submit")}
            >
              {t("exchange.manage.submit")}
            </button>
          )}
          {canArchive && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={transition.isPending || undefined}
              onClick={() => run("archive")}
            >
              {t("exchange.manage.archive")}
            </button>
          )}
          <span role="status" className="visually-hidden">
            {transition.isPending ? t("exchange.manage.working") : ""}
          </span>
        </div>
      )}
      {isAdmin && item.status === "submitted" && (
        <ReviewForm
          item={item}
          onDone={(next) => setNotice(next)}
          onConflict={() => setConflict(true)}
        />
      )}
      <h3>{t("exchange.manage.log")}</h3>
      {item.moderation && item.moderation.length > 0 ? (
        <ol className="log">
          {item.moderation.map((event) => (
            <li key={`${event.at}-${event.action}`}>
              <p>
                {t(`exchange.manage.events.${event.action}`, {
                  name: event.byName,
                  date: labels.date(event.at),
                })}
              </p>
              {event.comment && <blockquote>{event.comment}</blockquote>}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("exchange.manage.noLog")}</p>
      )}
    </section>
  );
}

/** Approve, or request changes with a comment the contributor will read. */
function ReviewForm({
  item,
  onDone,
  onConflict,
}: {
  item: Item;
  onDone: (notice: Notice) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const review = useReview();
  const [decision, setDecision] = useState<"approve" | "request-changes">("approve");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (review.isPending) return;
    // The rule of core's reviewSchema, checked here without zod to keep this page small.
    const text = comment.trim();
    if (decision === "request-changes" && text.length < REVIEW_COMMENT_MIN) {
      setError(t("exchange.review.commentNeeded", { min: REVIEW_COMMENT_MIN }));
      setFormError(null);
      setAttempt((count) => count + 1);
      return;
    }
    setError(undefined);
    setFormError(null);
    const body: Review = text ? { decision, comment: text } : { decision };
    review.mutate(
      { itemId: item.itemId, review: body, version: item.version },
      {
        onSuccess: () => onDone(decision === "approve" ? "approved" : "changesRequested"),
        onError: (failure) => {
          if (failure instanceof ApiError && failure.status === 412) return onConflict();
          setFormError(describeRequestError(failure, t));
          setAttempt((count) => count + 1);
        },
      },
    );
  };

  const summary = [
    ...(error ? [{ fieldId: "review-comment", message: error }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form noValidate className="form review" onSubmit={submit} aria-labelledby="review-title">
      <h3 id="review-title">{t("exchange.review.title")}</h3>
      <ErrorSummary errors={summary} attempt={attempt} />
      <fieldset className="field">
        <legend>{t("exchange.review.decision")}</legend>
        {(["approve", "request-changes"] as const).map((value) => (
          <div key={value} className="radio">
            <input
              type="radio"
              id={`review-${value}`}
              name="decision"
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            <label htmlFor={`review-${value}`}>{t(`exchange.review.decisions.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id="review-comment"
        label={t("exchange.review.comment")}
        hint={t("exchange.review.commentHint")}
        value={comment}
        error={error}
        rows={4}
        maxLength={2000}
        onChange={(event) => setComment(event.target.value)}
      />
      <SubmitButton pending={review.isPending} pendingLabel={t("exchange.review.sending")}>
        {t("exchange.review.send")}
      </SubmitButton>
    </form>
  );
}
