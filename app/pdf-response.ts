/** A stored PDF as an HTTP response: shown in the browser, or downloaded, never cached by a shared cache. */
export function pdfResponse(file: { bytes: Uint8Array; fileName: string }, download: boolean): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `${download ? "attachment" : "inline"}; filename="${file.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
