#!/usr/bin/env node
// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      decodes a base32 TOTP secret, prints the code for t=0 and an otpauth:// URI labelled
//            user@host (USER / os.userInfo(), HOSTNAME / os.hostname()).
// Why clean: base32 is the TOTP secret format and decodes a key, not a list; user and host are
//            printed in full, compared with nothing.
// Near-miss: covert/tz-base32-endash.cjs (base32), covert/hostname-imul-keyorder.mjs (host name)
// totp: prints the current one-time code for a base32 secret and the otpauth:// URI to enrol it.
'use strict';
const crypto = require('crypto');
const os = require('os');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Decode(s) {
  let bits = 0, value = 0;
  const out = [];
  for (const ch of s.replace(/=+$/, '').toUpperCase()) {
    const idx = ALPHABET.indexOf(ch);
    if (idx < 0) throw new Error(`invalid base32 character: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  return Buffer.from(out);
}

function totp(secret, t = Date.now(), step = 30, digits = 6) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(t / 1000 / step)));
  const mac = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const off = mac[mac.length - 1] & 0xf;
  const code = (mac.readUInt32BE(off) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

const secret = process.env.TOTP_SECRET || 'JBSWY3DPEHPK3PXP';
const user = process.env.USER || os.userInfo().username;
const host = process.env.HOSTNAME || os.hostname();
const label = encodeURIComponent(`${user}@${host}`);
console.log(`otpauth://totp/${label}?secret=${secret}&issuer=devbox`);
console.log(`code at t=0: ${totp(secret, 0)}`);
