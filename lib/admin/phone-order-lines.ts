/** Items as staff type them, one per line: a SKU and a quantity ("LIN-SHIRT-M 2", "LIN-SHIRT-M x2"); no quantity means one. */
export function parsePhoneOrderLines(text: string): { ok: true; lines: { sku: string; quantity: number }[] } | { ok: false; line: number } {
  const rows = text.split(/\r?\n/).slice(0, 101);
  const lines: { sku: string; quantity: number }[] = [];
  for (const [index, row] of rows.entries()) {
    if (row.trim() === "") continue;
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]{0,63})\s*(?:[x×*]\s*)?(\d{1,3})?\s*$/.exec(row);
    const quantity = Number(match?.[2] ?? "1");
    if (!match || quantity < 1 || lines.length >= 50) return { ok: false, line: index };
    lines.push({ sku: match[1]!, quantity });
  }
  return { ok: true, lines };
}
