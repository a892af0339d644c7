/**
 * How long a saved file's object URL lives: the browser reads it after the click
 * returns, and some browsers lose a download whose URL is revoked at once.
 */
const REVOKE_AFTER_MS = 10_000;

/**
 * Hands a file the page holds to the browser's downloads, as a link with `download`
 * would: an object URL on a temporary link, clicked once. Files from routes that need
 * the access token are fetched first (a plain link carries no token; decision 0011).
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
