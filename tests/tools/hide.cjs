// Runs the real npm steganography tools in a child process and exits (stegcloak's lzutf8 keeps
// a MessagePort open, so a test that loads it in-process never ends).
// Usage: node hide.cjs '{"tool":"stegcloak","encrypt":true,"integrity":false,"message":"..","password":"..","cover":".."}'
const args = JSON.parse(process.argv[2]);
let out;
if (args.tool === 'stegcloak') {
  const StegCloak = require('stegcloak');
  out = new StegCloak(args.encrypt, args.integrity).hide(args.message, args.password || '', args.cover);
} else if (args.tool === 'zwsp-steg') {
  const zwsp = require('zwsp-steg');
  out = args.cover + zwsp.encode(args.message, args.mode === 'full' ? zwsp.MODE_FULL : zwsp.MODE_ZWSP);
}
process.stdout.write(out, () => process.exit(0));
