// client messages: import orders (the wizard's texts: ImportTexts)
import { useFormatter, useTranslations } from "next-intl";
import { IMPORT_FILE_ACCEPT } from "@/lib/contacts/import/parse-file";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { ProgressBar } from "./progress-bar";
import type { ImportFile } from "./use-import-file";

/** The file input of an import, with its hint or why the file was refused, and the reading's progress. */
export function FileStep({ upload, idPrefix }: { upload: ImportFile; idPrefix: string }) {
  const { texts, phase, reading, error, input, choose } = upload;
  const t = useTranslations(texts);
  const format = useFormatter();
  const id = `${idPrefix}-file`;
  return (
    <Card title={t("file.title")}>
      <div className="space-y-4">
        <div className="space-y-1.5">
          <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
            {t("file.label")}
          </label>
          <input
            ref={input}
            id={id}
            type="file"
            accept={IMPORT_FILE_ACCEPT}
            disabled={phase === "reading"}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void choose(chosen);
            }}
            className={cn(controlClass, "file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:py-1 file:text-sm file:font-medium")}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-brand-700">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="text-xs text-zinc-500">
              {t("file.hint")}
            </p>
          )}
        </div>
        {reading && (
          <ProgressBar
            label={reading.stage === "read" ? t("file.readProgress") : t("file.parseProgress")}
            value={reading.value}
            max={reading.max}
            detail={reading.stage === "parse" ? t("file.rowsSoFar", { rows: reading.rows }) : format.number(reading.value / Math.max(1, reading.max), { style: "percent" })}
          />
        )}
      </div>
    </Card>
  );
}
