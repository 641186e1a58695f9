/**
 * `npm run recovery:report [-- --days N]`: what the abandoned-cart reminders did over the last N
 * days (30 by default), as markdown tables: carts abandoned, reminders sent per step and channel,
 * clicks, restores, orders recovered and their value (docs/recovery.md, G5), and carts per segment (E5). On PGlite, stop the
 * server first: one process at a time may open its folder.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { explainDatabaseError } from "@/db/explain-error";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { recoveryReport, type RecoveryReport } from "@/lib/recovery/queries";

const { values } = parseArgs({ options: { days: { type: "string", default: "30" } } });
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1) {
  console.error(`--days must be a whole number of days (1 or more), not "${values.days}"`);
  process.exit(1);
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

function markdown(report: RecoveryReport): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const sent = report.reminders.reduce((sum, row) => sum + row.sent, 0);
  const orders = report.recovered.reduce((sum, row) => sum + row.orders, 0);
  return [
    `# Abandoned-cart recovery, ${day(report.from)} to ${day(report.to)} (${days} days)`,
    "",
    table(["Carts abandoned", "Reminders sent", "Orders recovered"], [[report.abandoned, sent, orders]]),
    "",
    "## Reminders",
    "",
    report.reminders.length
      ? table(["Step", "Channel", "Sent", "Clicked", "Restored"], report.reminders.map((row) => [row.step, row.channel, row.sent, row.clicked, row.restored]))
      : "None sent in this period.",
    "",
    "## Recovered orders",
    "",
    report.recovered.length
      ? table(["Currency", "Orders", "Value"], report.recovered.map((row) => [row.currency, row.orders, formatMoney({ amount: row.value, currency: row.currency }, "en-US")]))
      : "None in this period.",
    "",
    "## Orders after live help (a person, or the bot only)",
    "",
    report.chatAssisted.length
      ? table(["Currency", "Helped by", "Orders", "Value"], report.chatAssisted.map((row) => [row.currency, row.helper, row.orders, formatMoney({ amount: row.value, currency: row.currency }, "en-US")]))
      : "None in this period.",
    "",
    "## Segments",
    "",
    report.segments.length
      ? table(
          ["Segment", "Visitor", "Treatment", "Carts", "Reminded", "Recovered"],
          report.segments.map((row) => [row.segment, row.visitor, row.treatment, row.carts, row.reminded, row.recovered]),
        )
      : "No carts in this period.",
  ].join("\n");
}

const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: 1 } : { dataDir: env.DATA_DIR }).catch((error: unknown) => {
  console.error(explainDatabaseError(error, env.DATABASE_URL));
  process.exit(1);
});
try {
  const to = new Date();
  const report = await recoveryReport(handle.db, { from: new Date(to.getTime() - days * 24 * 60 * 60_000), to });
  console.log(markdown(report));
} finally {
  await handle.close();
}
