import type { Item, Revision } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { useLabels } from "./labels.ts";
import { RevisionDiff } from "./revision-diff.tsx";

/**
 * The changes to a published item that wait to be published, for its city and
 * the administrators: where they stand, who saved them, and what they change.
 * Everyone else reads the published version, which the page shows below.
 */
export function RevisionPanel({ item, revision }: { item: Item; revision: Revision }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="item-revision" className="revision">
      <h3 id="item-revision">{t("exchange.revision.title")}</h3>
      <p>
        {t("exchange.revision.saved", {
          name: revision.byName,
          date: labels.date(revision.updatedAt),
        })}{" "}
        {t(`exchange.revision.status.${revision.status}`)}
      </p>
      <p>{t("exchange.revision.stillPublished")}</p>
      <RevisionDiff item={item} revision={revision} />
    </section>
  );
}
