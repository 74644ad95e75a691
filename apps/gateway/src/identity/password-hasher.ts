import { Injectable } from '@nestjs/common';
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** scrypt parameters: N=2^15, r=8 (32 MiB per hash), p=1: OWASP's baseline for scrypt. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;

/**
 * Memory-hard password hashing with Node's built-in scrypt (no native addon). The stored form carries its
 * parameters (`scrypt$N$r$p$salt$hash`), so they can be raised later without breaking old hashes.
 */
@Injectable()
export class PasswordHasher {
  /** Verified against when the user does not exist, so a wrong email costs as long as a wrong password. */
  private readonly decoy = this.hash(randomBytes(16).toString('hex'));

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scrypt(password, salt, KEY_LENGTH, { ...PARAMS, maxmem: 128 * PARAMS.N * PARAMS.r * 2 });
    return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const target = stored ?? (await this.decoy);
    const [scheme, n, r, p, salt, hash] = target.split('$');
    if (scheme !== 'scrypt' || !salt || !hash) return false;
    const expected = Buffer.from(hash, 'base64');
    const N = Number(n);
    const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
      N,
      r: Number(r),
      p: Number(p),
      maxmem: 128 * N * Number(r) * 2,
    });
    const same = actual.length === expected.length && timingSafeEqual(actual, expected);
    return stored ? same : false;
  }
}
