/**
 * A UK postcode as people type it ("bc27pd", " BC2  7PD ") in the one form the Postcodes list
 * holds: capitals, the outward code, one space, the three-character inward code. Undefined when
 * what was typed cannot be a postcode (the shape of Royal Mail's formats: A9, A99, AA9, AA99,
 * A9A and AA9A outward codes, then a digit and two letters).
 */
const POSTCODE_SHAPE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

export function normalisePostcode(typed: string): string | undefined {
  const compact = typed.replace(/\s+/g, '').toUpperCase();
  if (!POSTCODE_SHAPE.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
