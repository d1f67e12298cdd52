import type { KeyboardEvent } from "react";

/**
 * Moving through the sheet's cells with the keyboard, as in a spreadsheet: Enter and the arrows up
 * and down go to the same column of the next (Shift+Enter: previous) row; left and right go to the
 * next cell when the caret is at the edge of the text. A service list keeps its arrows (they move
 * through the services) and its Enter (which chooses). Cells carry data-row and data-col.
 */
export function moveInGrid(e: KeyboardEvent<HTMLElement>, grid: HTMLElement | null): void {
  if (!grid || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const el = e.target as HTMLElement;
  const { row, col } = el.dataset;
  if (row === undefined || col === undefined) return;
  const isSelect = el instanceof HTMLSelectElement;
  const text = el instanceof HTMLInputElement && el.type !== "checkbox" ? el : null;
  let dr = 0;
  let dc = 0;
  switch (e.key) {
    case "Enter":
      if (isSelect) return;
      dr = e.shiftKey ? -1 : 1;
      break;
    case "ArrowDown":
      if (isSelect) return;
      dr = 1;
      break;
    case "ArrowUp":
      if (isSelect) return;
      dr = -1;
      break;
    case "ArrowLeft":
      if (text && !(text.selectionStart === 0 && text.selectionEnd === 0)) return;
      dc = -1;
      break;
    case "ArrowRight":
      if (text && !(text.selectionStart === text.value.length && text.selectionEnd === text.value.length)) return;
      dc = 1;
      break;
    default:
      return;
  }
  const rows = grid.querySelectorAll("[data-row]").length;
  let r = Number(row) + dr;
  let c = Number(col) + dc;
  // Cells that are not editable in a row (a service before rating) are skipped.
  for (let steps = 0; steps < Math.max(rows, 40) && r >= 0 && c >= 0 && c < 40; steps++) {
    const next = grid.querySelector<HTMLElement>(`[data-row="${r}"][data-col="${c}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
      if (next instanceof HTMLInputElement && next.type !== "checkbox") next.select();
      return;
    }
    if (!grid.querySelector(`[data-row="${r}"]`)) return;
    r += dr;
    c += dc;
  }
}
