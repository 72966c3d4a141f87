import type { Category } from "../data/types.js";
import type { CsvTable } from "../load/parseCsv.js";
import { ProblemList, type Problem } from "../load/problems.js";
import { contrastRatio } from "../style/contrast.js";
import { categoryContrast, colors } from "../style/houseStyle.js";
import { optionalTextCell, textCell } from "./cellRules.js";
import { categoryColumn, color } from "./fields.js";
import { validateTable } from "./validateTable.js";

// Bars must stand out on the white background (and are lightened automatically for dark mode).
const visibleColor = color.refine(
  (value) => contrastRatio(value, colors.background) >= categoryContrast,
  `a colour dark enough to see on white (contrast ${categoryContrast}:1 or more, such as #1f5fa8)`
);

// A codebook has a handful of rows: zod checks every cell.
const categoryRules = { column: { schema: categoryColumn }, label: textCell, attribution: optionalTextCell, color: { schema: visibleColor } };

/** The codebook: one row per killed_… column, in the order the data desk wants them listed. */
export function validateCategories(table: CsvTable): { categories: Category[]; problems: Problem[] } {
  const problems = new ProblemList();
  const seen = new Set<string>();
  const categories: Category[] = [];
  validateTable(table, categoryRules, problems, (row, line) => {
    if (!row) return;
    if (seen.has(row.column)) {
      problems.add({ file: table.file, line, column: "column", value: row.column, expected: "each killed_… column listed once" });
      return;
    }
    seen.add(row.column);
    categories.push({ ...row });
  });
  if (!problems.length && !categories.length) {
    problems.add({ file: table.file, expected: "at least one category row below the header" });
  }
  return { categories, problems: problems.all() };
}
