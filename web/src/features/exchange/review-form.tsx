import type { Item, Review } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextAreaField } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useReview } from "./queries.ts";

const REVIEW_COMMENT_MIN = 5;

/** Approve, or request changes with a comment the contributor will read. */
export function ReviewForm({
  item,
  onDone,
  onConflict,
}: {
  item: Item;
  onDone: (notice: "approved" | "changesRequested") => void;
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
