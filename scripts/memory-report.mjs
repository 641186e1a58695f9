// Preloaded into the measurement server (node --import): on SIGUSR2 it writes process.memoryUsage()
// to MEMORY_REPORT_FILE, so a bench can say what holds the server's memory: the V8 heap, or memory
// outside it (`external`: buffers, and WebAssembly memory such as PGlite's whole database engine).
import { writeFileSync } from "node:fs";

const file = process.env.MEMORY_REPORT_FILE;
if (file) {
  process.on("SIGUSR2", () => {
    writeFileSync(file, JSON.stringify(process.memoryUsage()));
  });
}
