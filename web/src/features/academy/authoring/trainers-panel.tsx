import { trainerPathSchema } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, FormSelectField, useSchemaForm } from "../../../ui/form/index.ts";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import { authoringQueries } from "./queries.ts";

/** The person to add, as the API's path takes it (`/courses/{courseId}/trainers/{userId}`). */
const coTrainerSchema = trainerPathSchema.pick({ userId: true });

const CHOOSE_FIRST = { key: "authoring.trainers.chooseFirst" };
const NOT_TRAINER = { field: "userId", key: "authoring.trainers.notTrainer" };

/** Who teaches the course, and adding a co-trainer chosen among the platform's trainers. */
export function TrainersPanel() {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { draft } = editor;
  const archived = !draft.actions.edit;
  const trainers = useQuery({ ...authoringQueries.trainers(), enabled: !archived });
  const current = new Set(draft.trainers.map((trainer) => trainer.userId));
  const candidates = (trainers.data ?? []).filter((trainer) => !current.has(trainer.userId));
  const nameOf = (userId: string) =>
    candidates.find((trainer) => trainer.userId === userId)?.displayName;
  const form = useSchemaForm(
    coTrainerSchema,
    { userId: "" },
    {
      // A choice no longer offered (the list changed meanwhile) is no choice.
      toInput: ({ userId }) => ({ userId: nameOf(userId) === undefined ? "" : userId }),
      idOf: () => "co-trainer",
      messageOf: () => CHOOSE_FIRST,
    },
  );
  const [notice, setNotice] = useState<string | null>(null);

  const submit = form.onSubmit(
    async ({ userId }) => {
      setNotice(null);
      const name = nameOf(userId);
      await editor.run(editor.changes.addTrainer(userId));
      form.reset({ userId: "" });
      setNotice(t("authoring.trainers.added", { name }));
    },
    {
      rejected: () => CHOOSE_FIRST,
      refusals: {
        "not-a-trainer": NOT_TRAINER,
        "user-not-found": NOT_TRAINER,
        "role-required": NOT_TRAINER,
      },
    },
  );

  return (
    <section aria-labelledby="trainers-title">
      <h2 id="trainers-title">{t("authoring.trainers.title")}</h2>
      <ul>
        {draft.trainers.map((trainer) => (
          <li key={trainer.userId}>{trainer.displayName}</li>
        ))}
      </ul>
      {!archived && (
        <form noValidate className="form" onSubmit={(event) => void submit(event)}>
          <FormErrors form={form} />
          <FormSelectField
            form={form}
            name="userId"
            label={t("authoring.trainers.add")}
            hint={
              trainers.isError
                ? describeRequestError(trainers.error, t)
                : trainers.data && candidates.length === 0
                  ? t("authoring.trainers.noneLeft")
                  : t("authoring.trainers.hint")
            }
          >
            <option value="">
              {trainers.data ? t("authoring.trainers.choose") : t("authoring.trainers.loading")}
            </option>
            {candidates.map((trainer) => (
              <option key={trainer.userId} value={trainer.userId}>
                {trainer.displayName}
              </option>
            ))}
          </FormSelectField>
          <StatusMessage>{notice ?? undefined}</StatusMessage>
          <SubmitButton
            pending={form.formState.isSubmitting}
            pendingLabel={t("authoring.trainers.adding")}
          >
            {t("authoring.trainers.addButton")}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
