"use client";
// client messages: import orders (the wizard's texts: ImportTexts)

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { IMPORT_LIMITS, ImportFileError } from "@/lib/contacts/import/fields";
import { parseImportFile, type ParsedFile } from "@/lib/contacts/import/parse-file";
import { readBytes } from "./read-bytes";

/** The message namespaces of the imports; each holds the same `file.*`, `fileErrors.*`, `steps.*`, `map.*` and `check.title` keys. */
export type ImportTexts = "import" | "orders";

export type LoadedFile = { name: string; table: ParsedFile };

/** How far the reading of the chosen file got: bytes read, then the fraction parsed and the rows so far. */
export type Reading = { stage: "read" | "parse"; value: number; max: number; rows: number };

export type ImportFile = ReturnType<typeof useImportFile>;

/**
 * The first step of an import: the chosen file is read and parsed in the browser, with its
 * progress, and either loaded (`onLoaded` then sets up the mapping) or refused with a message in
 * words; `accept` refuses a file that parsed but cannot be imported ("too many orders").
 */
export function useImportFile({
  texts,
  accept,
  onLoaded,
  onRestart,
}: {
  texts: ImportTexts;
  accept?: (table: ParsedFile) => string | null;
  onLoaded: (file: LoadedFile) => void;
  /** Another file is to be chosen: what the import set up for this one is dropped. */
  onRestart?: () => void;
}) {
  const t = useTranslations(texts);
  const [phase, setPhase] = useState<"choose" | "reading" | "loaded">("choose");
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  function refuse(message: string) {
    setPhase("choose");
    setError(message);
    if (input.current) input.current.value = "";
  }

  async function choose(chosen: File) {
    setError(null);
    if (chosen.size > IMPORT_LIMITS.fileBytes) {
      setError(t("fileErrors.fileTooLarge", { max: IMPORT_LIMITS.fileBytes / (1024 * 1024) }));
      return;
    }
    setPhase("reading");
    setReading({ stage: "read", value: 0, max: chosen.size, rows: 0 });
    try {
      const bytes = await readBytes(chosen, (loaded) => setReading({ stage: "read", value: loaded, max: chosen.size, rows: 0 }));
      const table = await parseImportFile({ name: chosen.name, bytes }, { onProgress: (p) => setReading({ stage: "parse", value: p.fraction, max: 1, rows: p.rows }) });
      const refused = accept?.(table) ?? null;
      if (refused) return refuse(refused);
      const loaded = { name: chosen.name, table };
      setFile(loaded);
      setPhase("loaded");
      onLoaded(loaded);
    } catch (e) {
      refuse(e instanceof ImportFileError ? t(`fileErrors.${e.code}`, e.values) : t("fileErrors.unreadable"));
    } finally {
      setReading(null);
    }
  }

  function restart() {
    onRestart?.();
    setPhase("choose");
    setFile(null);
    setError(null);
    if (input.current) input.current.value = "";
  }

  return { texts, phase, file, reading, error, input, choose, restart };
}
