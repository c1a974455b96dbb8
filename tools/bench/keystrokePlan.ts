/** Keystrokes a person makes: each term typed, then deleted, until there are enough to time. */
export function keystrokePlan(terms: readonly string[], atLeast: number): string[] {
  if (terms.every(t => t.length === 0)) throw new Error('no search terms to type');
  const keys: string[] = [];
  for (let i = 0; keys.length < atLeast; i++) {
    const term = terms[i % terms.length];
    for (const ch of term) keys.push(ch);
    for (let n = 0; n < term.length; n++) keys.push('Backspace');
  }
  return keys;
}
