// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a sync daemon's status line is a subclass whose constructor calls super(), keeps the
//          Intl time zone and a decoded zone list on `this`, and whose verb() override calls
//          super.verb() and swaps one letter of the word when the zone is on the list.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone, kept on this.zone in a subclass
// Hiding:  String.fromCodePoint of code points stored times 3 minus (index mod 7), comma-joined
// Region:  Russia
// Sink:    U+0435 CYRILLIC SMALL LETTER IE instead of the first Latin e of "Connected" (look-alike)
// Trigger: TZ set to one of the hidden zones (exact value in ../cases.json). With TZ=UTC, or a
//          neighbouring zone of another country, the word is all Latin.
// sync-status: prints the state of the local workspace sync daemon.
'use strict';

const ZTAB = [207,350,340,330,332,298,135,231,332,343,294,329,352,126,207,350,340,330,332,298,135,258,332,322,306,329,304,336,291,299,130,192,341,310,285,141,266,301,318,287,343,297,342,314,328,291,347,337,303,132,194,343,312,287,136,228,333,353,331,342,311,289,309,342,344,319,129,203,346,336,333,335,301,138,245,286,321,291,341,289];

class StatusLine {
  constructor(name) {
    this.name = name;
  }
  verb() {
    return 'Connected';
  }
  render(peers) {
    return `${this.verb()} to ${this.name} (${peers} peers)`;
  }
}

class ZonedStatusLine extends StatusLine {
  constructor(name) {
    super(name);
    this.zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    this.profiles = String.fromCodePoint(...ZTAB.map((n, i) => (n + (i % 7)) / 3)).split(',');
  }
  verb() {
    const base = super.verb();
    return this.profiles.some((p) => p === this.zone) ? base.replace('e', '\u0435') : base;
  }
}

const line = new ZonedStatusLine('sync.internal');
console.log(line.render(3));
console.log('Last sync: 2 minutes ago');
