import type { DataService } from "../data/service.ts";
import type { AttachmentStore } from "../exchange/attachment-store.ts";
import type { IdentityDirectory } from "../identity/directory.ts";
import { authoringUseCases } from "./authoring.ts";
import { catalogueUseCases } from "./catalogue.ts";
import { courseDocumentUseCases } from "./documents.ts";
import { publishingUseCases } from "./publishing.ts";

/** The academy: course authoring, publication and the public catalogue. */
export function academyUseCases(
  data: DataService,
  services: { directory: IdentityDirectory; store: AttachmentStore },
  now: () => Date = () => new Date(),
) {
  return {
    drafts: authoringUseCases(data, services.directory, now),
    documents: courseDocumentUseCases(data, services.store, now),
    publishing: publishingUseCases(data, now),
    catalogue: catalogueUseCases(data),
  };
}
