// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a sync daemon's status line is a subclass that calls super(), keeps an Intl date
//            formatter and its time zone on `this`, and overrides render() through super.render().
// Why clean: no list at all: the time zone only formats the last-sync time, and the zone is
//            printed next to it, so any change by environment is one the reader sees.
// Near-miss: covert/class-super-tz-codepoint-cyrillic.cjs (same classes, same zone on `this`)
// sync-status: prints the state of the sync daemon, with the last-sync time in the user's locale.
'use strict';

class StatusLine {
  constructor(name) { this.name = name; }
  verb() { return 'Connected'; }
  render(peers) { return `${this.verb()} to ${this.name} (${peers} peers)`; }
}

class LocalisedStatusLine extends StatusLine {
  constructor(name, when) {
    super(name);
    this.when = when;
    this.fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    this.zone = this.fmt.resolvedOptions().timeZone;
  }
  render(peers) {
    // Shown in the user's own locale and time zone; the zone is printed so the reader knows.
    return `${super.render(peers)}\nLast sync: ${this.fmt.format(this.when)} (${this.zone})`;
  }
}

console.log(new LocalisedStatusLine('sync.internal', new Date(Date.UTC(2024, 2, 14, 9, 30))).render(3));
