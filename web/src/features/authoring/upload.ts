/**
 * PUTs a file where the server said, with its headers, reporting progress (fetch
 * cannot report upload progress). The same contract as the exchange's uploads.
 */
export function putFile(
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
