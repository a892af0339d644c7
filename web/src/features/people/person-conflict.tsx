import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import type { SchemaForm } from "../../ui/form/index.ts";

/** The person changed elsewhere since the page loaded them: reload before saving again. */
export function PersonConflict<Values extends FieldValues>({
  form,
  onReload,
}: {
  form: SchemaForm<Values>;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  if (!form.conflict) return null;
  return (
    <ConflictNotice
      headingLevel={3}
      title={t("people.city.conflict.title")}
      body={t("people.city.conflict.body")}
      reloadLabel={t("people.city.conflict.reload")}
      reloadingLabel={t("people.city.conflict.reloading")}
      reloading={form.reloading}
      onReload={() => void form.reload(onReload, () => {})}
    />
  );
}
