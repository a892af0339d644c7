import { courseCreateSchema } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormErrors, FormTextField, useSchemaForm } from "../../../ui/form/index.ts";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { COURSE_STARTED } from "./course-started.ts";
import { useCreateCourse } from "./queries.ts";

const TITLE_ERROR = { key: "authoring.courseErrors.title" };

/** A title is enough to start: the draft opens in the editor. */
export function StartCourseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCourse();
  const form = useSchemaForm(
    courseCreateSchema,
    { title: "" },
    { messageOf: () => TITLE_ERROR, idOf: () => "newCourseTitle" },
  );

  const submit = form.onSubmit(
    async ({ title }) => {
      const draft = await create.mutateAsync(title);
      navigate(`/teach/courses/${draft.courseId}`, { state: { [COURSE_STARTED]: true } });
    },
    { rejected: () => TITLE_ERROR },
  );

  return (
    <section aria-labelledby="start-course">
      <h2 id="start-course">{t("authoring.start.title")}</h2>
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormTextField
          form={form}
          name="title"
          label={t("authoring.start.courseTitle")}
          hint={t("authoring.start.hint")}
        />
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("authoring.start.starting")}
        >
          {t("authoring.start.submit")}
        </SubmitButton>
      </form>
    </section>
  );
}
