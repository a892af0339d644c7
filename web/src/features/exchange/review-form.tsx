import { type Item, REVIEW_DECISIONS, type ReviewDecision, reviewSchema } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../api/problem.ts";
import {
  FormErrors,
  FormRadioGroup,
  FormTextAreaField,
  limitsAt,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useReview } from "./queries.ts";

/**
 * The shortest comment core's reviewSchema takes with a request for changes. The
 * number lives in the schema's refine, so it is asked of the schema, never retyped.
 */
const REVIEW_COMMENT_MIN =
  Array.from({ length: (limitsAt(reviewSchema, "comment").max ?? 0) + 1 }, (_, n) => n).find(
    (length) =>
      reviewSchema.safeParse({ decision: "request-changes", comment: "x".repeat(length) }).success,
  ) ?? 0;

const COMMENT_NEEDED = {
  key: "exchange.review.commentNeeded",
  values: { min: REVIEW_COMMENT_MIN },
};

const NO_REVIEW: { decision: ReviewDecision; comment: string } = {
  decision: "approve",
  comment: "",
};

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
  const form = useSchemaForm(reviewSchema, NO_REVIEW, {
    idOf: (field) => `review-${field}`,
    messageOf: (field) => (field === "comment" ? COMMENT_NEEDED : { key: "form.invalid" }),
  });

  const submit = form.onSubmit(async ({ decision, comment }) => {
    try {
      await review.mutateAsync({
        itemId: item.itemId,
        review: comment ? { decision, comment } : { decision },
        version: item.version,
      });
    } catch (failure) {
      // A change made elsewhere: the page says so and offers the latest version.
      if (problemOf(failure).stale) return onConflict();
      throw failure;
    }
    onDone(decision === "approve" ? "approved" : "changesRequested");
  });

  return (
    <form
      noValidate
      className="form review"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="review-title"
    >
      <h3 id="review-title">{t("exchange.review.title")}</h3>
      <FormErrors form={form} />
      <FormRadioGroup
        form={form}
        name="decision"
        legend={t("exchange.review.decision")}
        options={REVIEW_DECISIONS.map((value) => ({
          value,
          label: t(`exchange.review.decisions.${value}`),
        }))}
      />
      <FormTextAreaField
        form={form}
        name="comment"
        label={t("exchange.review.comment")}
        hint={t("exchange.review.commentHint")}
        rows={4}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t("exchange.review.sending")}
      >
        {t("exchange.review.send")}
      </SubmitButton>
    </form>
  );
}
