// CRC-32 as zip records it: of bytes (Node's zlib computes it; the value is arithmetic and the same
// everywhere), and of two runs of bytes joined, from their CRCs and the second run's length alone,
// so a sheet assembled from documents' fragments gets its CRC without its bytes being read again.
import { crc32 } from "node:zlib";

const POLYNOMIAL = 0xedb88320;

export function crc32Of(bytes: Uint8Array, previous = 0): number {
  return crc32(bytes, previous) >>> 0;
}

/** a·b modulo the CRC polynomial, in its reflected form. */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = (b & 1) !== 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return p >>> 0;
}

// X_POWERS[k] is x^(2^k) modulo the polynomial.
const X_POWERS: number[] = [0x40000000];
for (let k = 1; k < 32; k++) X_POWERS.push(multiplyModP(X_POWERS[k - 1]!, X_POWERS[k - 1]!));

/** x^(n·2^k) modulo the polynomial. */
function xPowerModP(n: number, k: number): number {
  let p = 0x80000000;
  for (; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multiplyModP(X_POWERS[k % 32]!, p);
  return p;
}

/** The CRC of A followed by B, from A's CRC, B's CRC and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(xPowerModP(lengthB, 3), crcA) ^ crcB) >>> 0;
}
