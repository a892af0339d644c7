import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../../api/problem.ts";
import { SelectField } from "../../../ui/fields.tsx";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import { authoringQueries } from "./queries.ts";

/** Who teaches the course, and adding a co-trainer chosen among the platform's trainers. */
export function TrainersPanel() {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { draft } = editor;
  const archived = !draft.actions.edit;
  const trainers = useQuery({ ...authoringQueries.trainers(), enabled: !archived });
  const [chosen, setChosen] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const current = new Set(draft.trainers.map((trainer) => trainer.userId));
  const candidates = (trainers.data ?? []).filter((trainer) => !current.has(trainer.userId));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setNotice(null);
    const person = candidates.find((trainer) => trainer.userId === chosen);
    if (!person) {
      setError(t("authoring.trainers.chooseFirst"));
      document.getElementById("co-trainer")?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    try {
      await editor.run(editor.changes.addTrainer(person.userId));
      setChosen("");
      setNotice(t("authoring.trainers.added", { name: person.displayName }));
    } catch (failure) {
      if (problemOf(failure).stale) return;
      const code = problemOf(failure).code;
      setError(
        code === "not-a-trainer" || code === "user-not-found" || code === "role-required"
          ? t("authoring.trainers.notTrainer")
          : describeRequestError(failure, t),
      );
    } finally {
      setPending(false);
    }
  };

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
          <SelectField
            id="co-trainer"
            label={t("authoring.trainers.add")}
            hint={
              trainers.isError
                ? describeRequestError(trainers.error, t)
                : trainers.data && candidates.length === 0
                  ? t("authoring.trainers.noneLeft")
                  : t("authoring.trainers.hint")
            }
            value={chosen}
            error={error}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">
              {trainers.data ? t("authoring.trainers.choose") : t("authoring.trainers.loading")}
            </option>
            {candidates.map((trainer) => (
              <option key={trainer.userId} value={trainer.userId}>
                {trainer.displayName}
              </option>
            ))}
          </SelectField>
          <StatusMessage>{notice ?? undefined}</StatusMessage>
          <SubmitButton pending={pending} pendingLabel={t("authoring.trainers.adding")}>
            {t("authoring.trainers.addButton")}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
