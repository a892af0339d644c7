/**
 * A one-page PDF of a few lines of Helvetica, byte for byte the same on every run, for
 * the demo's event material: a reseed finds the same file, and any PDF reader opens it.
 * Written out rather than made with pdf-lib, which stamps the time into every file and
 * is not a dependency of the dev tools. Lines are ASCII (PDF string escapes applied).
 */
export function demoPdf(lines: readonly string[]): Uint8Array {
  const escaped = lines.map((line) => line.replace(/[\\()]/g, (char) => `\\${char}`));
  const text = [
    "BT /F1 14 Tf 72 770 Td 18 TL",
    ...escaped.map((line) => `(${line}) Tj T*`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  if (/[^\x20-\x7e\n]/.test(body)) throw new Error("demoPdf takes ASCII text only");
  return new TextEncoder().encode(body);
}
