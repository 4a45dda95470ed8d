import { RAL } from 'vscode-languageserver';

/**
 * How long a slice of a long job (the parse and validation of a large file) may hold the event loop.
 * A request that arrives meanwhile waits at most this long, so it stays well under the 5 ms that
 * completion and hover are allowed.
 */
export const SLICE_MS = 2;

/**
 * Runs a job written as steps (see service/utils/steps.ts) in slices of SLICE_MS, giving the event
 * loop a turn between slices so that messages are read and requests answered. After each turn
 * `wanted()` says whether the answer still matters (the document did not change or close); when
 * it does not, the job is dropped and the result is undefined.
 */
// Date.now, not performance.now: every runtime the server runs in has it (a worker sandbox may lack `performance`).
export async function runInSlices<T>(steps: Generator<void, T>, wanted: () => boolean): Promise<T | undefined> {
  let deadline = Date.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() < deadline) continue;
    await new Promise<void>((resolve) => RAL().timer.setImmediate(resolve));
    if (!wanted()) return undefined;
    deadline = Date.now() + SLICE_MS;
  }
}
