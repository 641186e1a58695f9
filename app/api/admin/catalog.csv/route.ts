// The whole catalog as a CSV file, for staff only (anyone else gets a 404, as for every admin page).
import { currentStaff } from "@/lib/admin/access";
import { loadCatalogCsv } from "@/lib/admin/pages";

export const dynamic = "force-dynamic";

export async function GET() {
  if (!(await currentStaff())) return new Response("Not found", { status: 404 });
  const csv = await loadCatalogCsv();
  const day = new Date().toISOString().slice(0, 10);
  // A byte-order mark, so a spreadsheet opens the Persian, Arabic and Ukrainian text as UTF-8 (the import skips it).
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="catalog-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
