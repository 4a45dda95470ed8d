/**
 * Work in steps: a generator that yields between slices of a long job (the parse and the validation
 * of a large file), so that its driver can let other work in or drop the job. `finish` runs one to
 * its end in one go.
 */
export function finish<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
