import { api, readJson } from "../../api/client.ts";
import { saveFile } from "../../ui/save-file.ts";

/** The holder's certificate as a PDF, asked for with their token (a plain link carries none). */
export async function fetchCertificate(code: string): Promise<Blob> {
  const response = await api.api.me.certificates[":code"].$get({ param: { code } });
  if (!response.ok) await readJson(response as unknown as Response);
  return response.blob();
}

/** The name the certificate is saved under. */
export function certificateFileName(code: string): string {
  return `certificate-${code}.pdf`;
}

/** Fetches the certificate and saves it as `certificate-{code}.pdf`; gives that name. */
export async function downloadCertificate(code: string): Promise<string> {
  const fileName = certificateFileName(code);
  saveFile(await fetchCertificate(code), fileName);
  return fileName;
}

/** The name the Open Badges credential is saved under. */
export function credentialFileName(code: string): string {
  return `open-badge-${code}.json`;
}

/**
 * Fetches the holder's Open Badges 3.0 credential of the certificate (signed JSON-LD,
 * decision 0066) and saves it as `open-badge-{code}.json`; gives that name.
 */
export async function downloadCredential(code: string): Promise<string> {
  const response = await api.api.me.certificates[":code"].credential.$get({ param: { code } });
  if (!response.ok) await readJson(response as unknown as Response);
  const fileName = credentialFileName(code);
  saveFile(new Blob([await response.text()], { type: "application/json" }), fileName);
  return fileName;
}
