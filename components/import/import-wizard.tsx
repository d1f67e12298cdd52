"use client";
// client messages: import orders (the wizard's texts: ImportTexts)

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FileStep } from "./file-step";
import { ImportSteps } from "./import-steps";
import { StepHeading } from "./step-heading";
import type { ImportFile, LoadedFile } from "./use-import-file";

/**
 * The steps every import of a file goes through, around what differs between them: (1) choose the
 * file (read with {@link useImportFile}); (2) match its columns (`mapping`: the table and what
 * goes with it); the check of the rows (`check`, in its card) on the same page; and, for an import
 * that stays on the page when it is done, its result (`done`, which replaces steps 2 and 3).
 * `idPrefix` names the file input and the test ids ("import", "orders").
 */
export function ImportWizard({
  upload,
  idPrefix,
  steps,
  checkWithMapping = false,
  busy,
  mappingNote,
  nothingMapped,
  mapping,
  check,
  done,
}: {
  upload: ImportFile;
  idPrefix: string;
  /** The names of the steps, under `steps.*` in the texts. */
  steps: readonly string[];
  /** The check is a step of its own, current with the mapping once the file is read. */
  checkWithMapping?: boolean;
  /** The import is being sent: no other file can be chosen. */
  busy: boolean;
  mappingNote?: ReactNode;
  nothingMapped: boolean;
  mapping: (file: LoadedFile) => ReactNode;
  check: (file: LoadedFile) => ReactNode;
  done?: ReactNode;
}) {
  const t = useTranslations(upload.texts);
  const { file } = upload;
  const step = done ? 2 : upload.phase === "loaded" ? 1 : 0;
  return (
    <div className="space-y-6">
      <ImportSteps texts={upload.texts} steps={steps} step={step} through={checkWithMapping && step === 1 ? 2 : step} />

      {(upload.phase === "choose" || upload.phase === "reading") && <FileStep upload={upload} idPrefix={idPrefix} />}

      {upload.phase === "loaded" && file && done}

      {upload.phase === "loaded" && file && !done && (
        <>
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-zinc-700" data-testid={`${idPrefix}-file-summary`}>
                {t("file.loaded", { name: file.name, rows: file.table.rows.length, columns: file.table.headers.length })}
              </p>
              <Button variant="secondary" onClick={upload.restart} disabled={busy}>
                {t("file.another")}
              </Button>
            </div>
          </Card>

          <Card>
            <div className="space-y-5">
              <div className="space-y-1">
                <StepHeading>{t("map.title")}</StepHeading>
                <p className="text-sm text-zinc-600">{t("map.description")}</p>
                {mappingNote}
              </div>
              {mapping(file)}
              <p className="text-xs text-zinc-500">{t("map.countryHint")}</p>
              {nothingMapped && <Alert tone="warning">{t("map.noneMapped")}</Alert>}
            </div>
          </Card>

          <Card title={t("check.title")}>{check(file)}</Card>
        </>
      )}
    </div>
  );
}
