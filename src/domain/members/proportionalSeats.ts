/**
 * How many of a committee's voting seats each political group is entitled to, following
 * the Local Government and Housing Act 1989 s.15 principles as councils apply them to a
 * single committee: seats in proportion to each group's share of the council (largest
 * remainder method), except that a group holding a majority of the council also holds a
 * majority of the committee (s.15(5)(b), which takes priority). Ties in the remainder go to
 * the larger group, then to the first given. Members in no political group can be passed
 * together under `notAGroup`: they take the seats in proportion like a block but never
 * count as a majority group. A guide for Democratic Services, not a ruling:
 * councils also balance seats across all committees together.
 */
export function proportionalSeats<K>(
  councilSeats: ReadonlyMap<K, number>, committeeSize: number, notAGroup?: K
): Map<K, number> {
  const groups = Array.from(councilSeats.entries()).filter(([, n]) => n > 0);
  const council = groups.reduce((sum, [, n]) => sum + n, 0);
  const result = new Map<K, number>(groups.map(([k]) => [k, 0]));
  if (council === 0 || committeeSize <= 0) return result;

  const shares = groups.map(([key, n], order) => {
    const exact = (n * committeeSize) / council;
    return { key, n, order, seats: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = committeeSize - shares.reduce((sum, s) => sum + s.seats, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.n - a.n || a.order - b.order);
  for (const share of byRemainder) {
    if (left === 0) break;
    share.seats++;
    left--;
  }

  // Members who are not in a political group share what the groups leave; they are never a majority group.
  const majority = shares.find(s => s.key !== notAGroup && s.n * 2 > council);
  if (majority) {
    while (majority.seats * 2 <= committeeSize) {
      const donor = shares
        .filter(s => s !== majority && s.seats > 0)
        .sort((a, b) => a.remainder - b.remainder || a.n - b.n)[0];
      if (!donor) break;
      donor.seats--;
      majority.seats++;
    }
  }
  for (const s of shares) result.set(s.key, s.seats);
  return result;
}
