/**
 * Stands in for `npm start` serving through scripts/run.ts, with a server that ignores SIGTERM
 * (as `next start` does while a request never ends). Prints the server's pid once it is up.
 */
import { run } from "../../scripts/run";

const server = `process.on("SIGTERM", () => {}); console.log("server " + process.pid); setInterval(() => {}, 1000);`;
process.exit(await run(process.execPath, ["-e", server]));
