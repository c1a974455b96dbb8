/** Each field's problem worded by `describe`: the same fields, a sentence for each problem there is. */
export function wordEach<F extends string, P>(problems: Partial<Record<F, P>>, describe: (problem: P) => string): Partial<Record<F, string>> {
  const words: Partial<Record<F, string>> = {};
  for (const field of Object.keys(problems) as F[]) {
    const problem = problems[field];
    if (problem) words[field] = describe(problem);
  }
  return words;
}
