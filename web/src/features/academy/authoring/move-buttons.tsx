import { useTranslation } from "react-i18next";

/**
 * "Move up" and "Move down", named with the item's title (which the button does not
 * repeat on screen: the row shows it once). At an edge the button
 * stays focusable (aria-disabled) so keyboard focus is never lost; `onMove`
 * announces that nothing moved. Ids `{id}-up`/`{id}-down` take focus back after a move.
 */
export function MoveButtons({
  id,
  title,
  first,
  last,
  onMove,
}: {
  id: string;
  title: string;
  first: boolean;
  last: boolean;
  onMove: (direction: "up" | "down") => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        id={`${id}-up`}
        className="button button--secondary"
        aria-disabled={first || undefined}
        aria-label={t("authoring.outline.moveUp", { title })}
        onClick={() => onMove("up")}
      >
        {t("authoring.outline.short.moveUp")}
      </button>
      <button
        type="button"
        id={`${id}-down`}
        className="button button--secondary"
        aria-disabled={last || undefined}
        aria-label={t("authoring.outline.moveDown", { title })}
        onClick={() => onMove("down")}
      >
        {t("authoring.outline.short.moveDown")}
      </button>
    </>
  );
}
