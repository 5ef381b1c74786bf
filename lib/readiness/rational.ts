/**
 * Exact threshold arithmetic. 0.7 * 10 is 7.000000000000001 in floating point, which would demand
 * 8 of 10; reading the threshold as the decimal fraction it was written as (7/10) avoids that edge.
 */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/** The shortest decimal that round-trips the number, as an exact fraction: 0.8 → 8/10. */
export function toFraction(value: number): Fraction {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a non-negative finite number: ${value}`);
  const [mantissa, exponentPart] = String(value).toLowerCase().split('e');
  const exponent = Number(exponentPart ?? 0);
  const [whole, decimals = ''] = mantissa.split('.');
  let num = BigInt(whole + decimals);
  let den = 10n ** BigInt(decimals.length);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return { num, den };
}

/** The smallest n with n / total >= fraction. */
export function requiredCount(total: number, fraction: Fraction): number {
  const t = BigInt(total);
  return Number((t * fraction.num + fraction.den - 1n) / fraction.den);
}

/** Whether met / total >= fraction, exactly. */
export function meets(met: number, total: number, fraction: Fraction): boolean {
  return BigInt(met) * fraction.den >= BigInt(total) * fraction.num;
}
