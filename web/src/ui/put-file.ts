import { ApiError } from "../api/client.ts";

/** What file pickers offer for uploads; the server checks the type by the file's first bytes. */
export const UPLOAD_ACCEPT =
  ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv";

/**
 * PUTs a file where the server said, with its headers, reporting progress (fetch
 * cannot report upload progress).
 */
function putFile(
  url: string,
  headers: Record<string, string>,
  file: File,
  onProgress: (percent: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("PUT", url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(`Upload answered ${request.status}`));
    request.onerror = () => reject(new Error("Upload failed"));
    request.send(file);
  });
}

/** The file as declared to an upload route. */
export interface UploadDeclaration {
  fileName: string;
  // The server refuses undeclared types with a message naming the field.
  contentType: never;
  size: number;
}

/**
 * The server's upload pipeline (exchange attachments, course documents): declare
 * the file, PUT it to the presigned URL with progress, then confirm it so the
 * server checks it. Answers what the confirmation answered.
 */
export async function uploadFile<T>(
  file: File,
  steps: {
    declare: (
      declaration: UploadDeclaration,
    ) => Promise<{ attachmentId: string; uploadUrl: string; headers: Record<string, string> }>;
    confirm: (attachmentId: string) => Promise<T>;
    onProgress: (percent: number) => void;
  },
): Promise<{ attachmentId: string; confirmed: T }> {
  const ticket = await steps.declare({
    fileName: file.name,
    contentType: (file.type || "application/octet-stream") as never,
    size: file.size,
  });
  await putFile(ticket.uploadUrl, ticket.headers, file, steps.onProgress);
  return { attachmentId: ticket.attachmentId, confirmed: await steps.confirm(ticket.attachmentId) };
}

/** Which check refused an uploaded file, when the server named one. */
export function refusedFileField(failure: unknown): "size" | "type" | "name" | null {
  if (!(failure instanceof ApiError) || failure.status !== 400) return null;
  const fields = (failure.problem.errors ?? []).map((entry) => entry.field);
  if (fields.includes("size")) return "size";
  if (fields.includes("contentType")) return "type";
  if (fields.includes("fileName")) return "name";
  return null;
}
