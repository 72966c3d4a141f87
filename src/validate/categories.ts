import * as z from "zod";
import type { Category } from "../data/types.js";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";
import { contrastRatio } from "../style/contrast.js";
import { categoryContrast, colors } from "../style/houseStyle.js";
import { categoryColumn, color, optionalText, text } from "./fields.js";
import { validateTable } from "./validateTable.js";

// Bars must stand out on the white background (and are lightened automatically for dark mode).
const visibleColor = color.refine(
  (value) => contrastRatio(value, colors.background) >= categoryContrast,
  `a colour dark enough to see on white (contrast ${categoryContrast}:1 or more, such as #1f5fa8)`
);

const categoryRow = z.object({ column: categoryColumn, label: text, attribution: optionalText, color: visibleColor });

/** The codebook: one row per killed_… column, in the order the data desk wants them listed. */
export function validateCategories(table: CsvTable): { categories: Category[]; problems: Problem[] } {
  const { rows, problems } = validateTable(table, Object.keys(categoryRow.shape), categoryRow);
  const seen = new Set<string>();
  const categories: Category[] = [];
  for (const { line, value } of rows) {
    if (seen.has(value.column)) {
      problems.push({ file: table.file, line, column: "column", value: value.column, expected: "each killed_… column listed once" });
      continue;
    }
    seen.add(value.column);
    categories.push(value);
  }
  if (!problems.length && !categories.length) {
    problems.push({ file: table.file, expected: "at least one category row below the header" });
  }
  return { categories, problems };
}
