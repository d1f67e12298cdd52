const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Control characters (line breaks, tabs, NUL, C1 codes), Unicode line and paragraph separators,
 * and the bidirectional embedding, override and isolate marks: none belongs in one line of an
 * email, and a name that carries them could add lines (a fake instruction in the text part, a
 * header in the subject) or make text read backwards.
 */
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** `value` as one line of plain text: every control character becomes a space. */
export function oneLine(value: string): string {
  return value.replace(NOT_ONE_LINE, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * One simple, table-free layout for every transactional email: a heading, paragraphs, one button,
 * and a footer. Values are made one line each and escaped here, so templates pass plain text
 * (names typed by users included).
 */
export function renderEmail(input: {
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}): { html: string; text: string } {
  const parts = {
    heading: oneLine(input.heading),
    paragraphs: input.paragraphs.map(oneLine),
    action: input.action ? { label: oneLine(input.action.label), url: oneLine(input.action.url) } : undefined,
    footer: oneLine(input.footer),
  };
  const p = (t: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(t)}</p>`;
  const button = parts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#b91c1c;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(parts.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555;word-break:break-all">${escapeHtml(parts.action.url)}</p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#111;max-width:560px;margin:0 auto;padding:24px">
<p style="font-weight:700;font-size:20px;color:#b91c1c;margin:0 0 24px">Envoi</p>
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(parts.heading)}</h1>
${parts.paragraphs.map(p).join("\n")}
${button}
<p style="margin:32px 0 0;font-size:12px;color:#666">${escapeHtml(parts.footer)}</p>
</body></html>`;
  const text = [parts.heading, "", ...parts.paragraphs.flatMap((t) => [t, ""]), ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ""] : []), parts.footer].join("\n");
  return { html, text };
}
