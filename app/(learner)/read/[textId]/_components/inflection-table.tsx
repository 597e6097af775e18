// The dictionary panel's conjugation or declension table of the lemma (present,
// simple past, subjunctive II, perfect; cases singular/plural), folded by
// default so that the panel stays short.
import type { InflectionTable as Table } from "@/lib/core/grammar/inflection-table";

export function InflectionTable({ table }: { table: Table | null | undefined }) {
  if (!table) return null;
  return (
    <details className="inflection" data-testid="inflection-table">
      <summary className="small">{table.caption}</summary>
      <div className="inflection-scroll">
        <table lang="de">
          <caption className="sr-only">{table.caption}</caption>
          <thead>
            <tr>
              <td />
              {table.columns.map((c) => (
                <th key={c} scope="col" lang="en">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.heading}>
                <th scope="row" lang={table.columns[0] === "singular" ? "en" : "de"}>
                  {row.heading}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
