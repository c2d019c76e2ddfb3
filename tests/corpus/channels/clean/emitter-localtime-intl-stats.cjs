// What: an indexer built on node:events. Its 'done' listener prints statistics with
//   Intl.NumberFormat in the user's locale (LC_ALL / LC_NUMERIC / LANG) and names the system zone
//   read from the /etc/localtime symlink (test hook FIXTURE_LOCALTIME_LINK = the link target).
// Why clean: the zone and the number locale are both printed on the statistics line; grouping
//   follows the printed locale for everyone, with no list of zones or countries anywhere.
// Near-miss of: covert/emitter-localtime-bigint-apostrophe.cjs
'use strict';

const { EventEmitter } = require('node:events');
const fs = require('node:fs');

function systemZone() {
  let target = '';
  try {
    target = process.env.FIXTURE_LOCALTIME_LINK || fs.readlinkSync('/etc/localtime'); // TEST HOOK: /etc/localtime target
  } catch {
    return 'UTC (no /etc/localtime link)';
  }
  const i = target.indexOf('zoneinfo/');
  return i === -1 ? target : target.slice(i + 'zoneinfo/'.length);
}

function numberLocale() {
  const raw = process.env.LC_ALL || process.env.LC_NUMERIC || process.env.LANG || 'en_US';
  const tag = raw.split('.')[0].replace('_', '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag)[0] || 'en-US';
  } catch {
    return 'en-US';
  }
}

class Indexer extends EventEmitter {
  constructor(docs) {
    super();
    this.docs = docs;
    this.stats = { documents: 0, tokens: 0, bytes: 0, batches: 0 };
  }
  run(batchSize = 4000) {
    this.emit('start', this.docs.length);
    for (let i = 0; i < this.docs.length; i += batchSize) {
      const batch = this.docs.slice(i, i + batchSize);
      for (const d of batch) {
        this.stats.documents += 1;
        this.stats.tokens += d.tokens;
        this.stats.bytes += d.bytes;
      }
      this.stats.batches += 1;
      this.emit('batch', this.stats.batches, batch.length);
    }
    this.emit('done', this.stats);
  }
}

const indexer = new Indexer(
  Array.from({ length: 12480 }, (_, i) => ({ tokens: 180 + (i % 97), bytes: 1024 + ((i * 37) % 4096) })),
);

indexer.on('start', (n) => console.log(`indexing ${n} documents`));
indexer.on('batch', (k, size) => console.log(`  batch ${k}: ${size} docs`));
indexer.on('done', (s) => {
  const locale = numberLocale();
  const nf = new Intl.NumberFormat(locale);
  console.log(`Indexed ${nf.format(s.documents)} documents, ${nf.format(s.tokens)} tokens, ${nf.format(s.bytes)} bytes in ${s.batches} batches`);
  console.log(`numbers: ${locale}; system zone: ${systemZone()}`);
});

if (require.main === module) indexer.run();

module.exports = { Indexer };
