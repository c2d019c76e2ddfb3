// What: a small structured logger (Logger class, winston-style formatters combined with
//   combine()). A lazy getter defined with Object.defineProperty on module.exports reads
//   GIT_COMMITTER_EMAIL / EMAIL once; the "author" formatter adds the committer's mail domain as
//   a visible field; request ids are upper-cased only by the explicit uppercaseIds option.
// Why clean: the environment value is printed as a field of every line; the id case is a
//   documented constructor option set the same way for everyone; no list is compared.
// Near-miss of: covert/logger-committer-atbash-lazygetter-hexcase.cjs
'use strict';

const LEVELS = { error: 0, warn: 1, info: 2, http: 3, debug: 4 };

const format = {
  timestamp: (opts = {}) => (info) => ({ ...info, timestamp: (opts.now || (() => new Date()))().toISOString() }),
  level: () => (info) => ({ ...info, level: info.level.toUpperCase().padEnd(5) }),
  author: () => (info) => ({ ...info, author: module.exports.committer.domain || '-' }),
  requestId: ({ uppercaseIds = false } = {}) => (info) =>
    (info.reqId ? { ...info, reqId: uppercaseIds ? info.reqId.toUpperCase() : info.reqId } : info),
  printf: (fn) => (info) => ({ ...info, message: fn(info) }),
  combine: (...fns) => (info) => fns.reduce((acc, fn) => fn(acc), info),
};

class Logger {
  constructor({ level = 'info', format: fmt, write = (line) => process.stdout.write(line + '\n') } = {}) {
    this.level = level;
    this.format = fmt || format.combine(format.timestamp(), format.printf((i) => `${i.timestamp} ${i.level} ${i.message}`));
    this.write = write;
    for (const name of Object.keys(LEVELS)) this[name] = (message, meta) => this.log(name, message, meta);
  }
  log(level, message, meta = {}) {
    if (LEVELS[level] > LEVELS[this.level]) return;
    this.write(this.format({ level, message, ...meta }).message);
  }
  child(defaults) {
    const child = Object.create(this);
    child.log = (level, message, meta) => this.log(level, message, { ...defaults, ...meta });
    for (const name of Object.keys(LEVELS)) child[name] = (message, meta) => child.log(name, message, meta);
    return child;
  }
}

module.exports = { Logger, format, LEVELS };

Object.defineProperty(module.exports, 'committer', {
  configurable: true,
  enumerable: false,
  get() {
    const email = process.env.GIT_COMMITTER_EMAIL || process.env.EMAIL || '';
    const value = { email, domain: email.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : '' };
    Object.defineProperty(this, 'committer', { value, enumerable: false });
    return value;
  },
});

if (require.main === module) {
  let t = Date.UTC(2024, 4, 2, 9, 15, 0);
  const now = () => new Date((t += 1250));
  const log = new Logger({
    level: 'http',
    format: format.combine(
      format.timestamp({ now }),
      format.level(),
      format.author(),
      format.requestId({ uppercaseIds: false }),
      format.printf((i) => `${i.timestamp} ${i.level} author=${i.author} ${i.reqId ? `req=${i.reqId} ` : ''}${i.message}`),
    ),
  });
  const req = log.child({ reqId: '9f2c41ab' });
  log.info('server listening on :8080');
  req.http('GET /api/orders 200 12ms');
  log.info('shutdown complete');
}
