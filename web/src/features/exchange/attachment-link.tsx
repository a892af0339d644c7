import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { FileLink } from "../../ui/file-link.tsx";

/**
 * A file of an item. Signed out, a plain link (the API redirects to the file).
 * Signed in, fetched with the member's token, without which members-only
 * files would answer 404.
 */
export function AttachmentLink({
  itemId,
  attachmentId,
  fileName,
  signedIn,
}: {
  itemId: string;
  attachmentId: string;
  fileName: string;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FileLink
      href={`/api/exchange/items/${itemId}/attachments/${attachmentId}`}
      download={fileName}
      tokenless={!signedIn}
      requestLink={() =>
        api.api.exchange.items[":itemId"].attachments[":attachmentId"].$get({
          param: { itemId, attachmentId },
          query: { as: "link" },
        })
      }
      failedText={t("exchange.item.downloadFailed")}
    >
      {fileName}
    </FileLink>
  );
}
