// Exact decimal arithmetic on the digits as written, so "2.3147 million" is 2314700 and never
// 2314700.0000000005: the scale is applied by moving the decimal point in the string.
export function scaleDecimal(digits: string, power: number): number {
  const plain = digits.replace(/,/g, "");
  const [whole = "0", fraction = ""] = plain.split(".");
  if (power >= fraction.length) return Number(whole + fraction + "0".repeat(power - fraction.length));
  const all = whole + fraction;
  const point = whole.length + power;
  return Number(`${all.slice(0, point)}.${all.slice(point)}`);
}
