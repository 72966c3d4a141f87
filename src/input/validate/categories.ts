import type { Category } from "../../dataset/types.js";
import type { CsvTable } from "../parseCsv.js";
import { ProblemList, type Problem } from "../problems.js";
import { contrastRatio } from "../../style/contrast.js";
import { categoryContrast, colors } from "../../style/houseStyle.js";
import { drawnTextCell, optionalDrawnTextCell } from "./cellRules.js";
import { categoryColumn, color } from "./fields.js";
import { validateTable } from "./validateTable.js";

// Bars must stand out on the white background (and are lightened automatically for dark mode).
const visibleColor = color.refine(
  // A value that is not #rrggbb is reported once, by the rule above, not also as too light.
  (value) => !/^#[0-9a-f]{6}$/i.test(value) || contrastRatio(value, colors.background) >= categoryContrast,
  `a colour dark enough to see on white (contrast ${categoryContrast}:1 or more, such as #1f5fa8)`
);

// A codebook has a handful of rows: zod checks every cell.
const categoryRules = { column: { schema: categoryColumn }, label: drawnTextCell, attribution: optionalDrawnTextCell, color: { schema: visibleColor } };

/** The codebook: one row per killed_… column, in the order the data desk wants them listed. */
export function validateCategories(table: CsvTable): { categories: Category[]; problems: Problem[]; columnsNamed: Set<string> } {
  const problems = new ProblemList();
  const seen = new Set<string>();
  const categories: Category[] = [];
  // Columns named by rows with problems too, so events.csv does not also report their columns as unknown.
  const columnsNamed = new Set<string>();
  validateTable(table, categoryRules, problems, (row, line, raw) => {
    const named = raw.cell("column");
    if (named !== undefined) columnsNamed.add(named);
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
  return { categories, problems: problems.all(), columnsNamed };
}
