import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/error-summary.tsx";
import { TextField } from "../../../ui/fields.tsx";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useForm } from "../../../ui/use-form.ts";
import { COURSE_STARTED } from "./course-started.ts";
import { useCreateCourse } from "./queries.ts";

/** A title is enough to start: the draft opens in the editor. */
export function StartCourseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCourse();
  const form = useForm({ newCourseTitle: "" });

  const onSubmit = form.handleSubmit({
    validate: ({ newCourseTitle }) => {
      const length = newCourseTitle.trim().length;
      return length < 3 || length > 160
        ? { newCourseTitle: t("authoring.courseErrors.title") }
        : {};
    },
    action: async ({ newCourseTitle }) => {
      const draft = await create.mutateAsync(newCourseTitle.trim());
      navigate(`/teach/courses/${draft.courseId}`, { state: { [COURSE_STARTED]: true } });
    },
    describe: (error) =>
      error instanceof ApiError && error.status === 400
        ? t("authoring.courseErrors.title")
        : describeRequestError(error, t),
  });

  return (
    <section aria-labelledby="start-course">
      <h2 id="start-course">{t("authoring.start.title")}</h2>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form noValidate className="form" onSubmit={(event) => void onSubmit(event)}>
        <TextField
          {...form.field("newCourseTitle")}
          label={t("authoring.start.courseTitle")}
          hint={t("authoring.start.hint")}
          maxLength={160}
          required
        />
        <SubmitButton pending={form.pending} pendingLabel={t("authoring.start.starting")}>
          {t("authoring.start.submit")}
        </SubmitButton>
      </form>
    </section>
  );
}
