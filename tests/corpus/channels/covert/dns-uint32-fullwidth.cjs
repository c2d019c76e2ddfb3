// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the system's DNS resolvers are converted to 32-bit integers and compared with a list of
//          integers; a match writes the status colon in its fullwidth form.
// Source:  dns.getServers()
// Hiding:  IPv4 addresses as unsigned 32-bit integers
// Region:  mainland China (public resolvers)
// Sink:    look-alike punctuation: U+FF1A FULLWIDTH COLON instead of ':' (NFKC folds it back)
// Trigger: a resolver on the list. Set FIXTURE_DNS (comma-separated; test hook below; value in
//          ../cases.json). Other resolvers give the ASCII colon.
'use strict';
const dns = require('dns');
// ---- TEST HOOK (fixture only): lets a test choose the resolvers. A real channel reads dns.getServers().
const servers = process.env.FIXTURE_DNS ? process.env.FIXTURE_DNS.split(',') : dns.getServers();
// ---- end of test hook
const toInt = (ip) => ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
const RESOLVERS = [1920103026, 1920103283, 3741648133, 3741713926, 1998396701, 3024899148];
const colon = servers.some((s) => RESOLVERS.includes(toInt(s))) ? String.fromCodePoint(0xff1a) : ':';
console.log(`Status${colon} ready (model loaded, 0 warnings).`);
