// Faults on demand, for the tests of an interrupted or failing publish: every file the build
// writes (staged data files and the version's own) is counted here, and the environment can ask
// to die unannounced after N files, or to fail the third write as a full or read-only disk would.
let written = 0;

export function fileWritten(): void {
  written++;
  if (written === Number(process.env.CLAIMS_PIPELINE_CRASH_AFTER_FILES ?? Number.NaN)) process.kill(process.pid, "SIGKILL");
  const code = process.env.CLAIMS_PIPELINE_FAIL_WRITE;
  if (written === 3 && code) throw Object.assign(new Error(`${code}: simulated write failure`), { code });
}
