// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a release-notes printer keeps a "clock" object built from the host's UTC offset;
//          the object converts itself to a number (Symbol.toPrimitive), so the comparison
//          reads `+clock` and never names the offset. The hidden offsets are written in base 36
//          and negated when decoded. On a match the two closing lines are printed in the
//          opposite order; no character differs.
// Source:  new Date().getTimezoneOffset(), kept on an instance of a class
// Hiding:  base-36 numbers, negated after parsing
// Region:  Nepal, India (by their UTC offsets)
// Sink:    order of two lines (no character check can see it)
// Trigger: TZ set to a zone of one of those countries (exact values in ../cases.json). A zone
//          at UTC+06:00 gives the ordinary output.

class HostClock {
  constructor(now) {
    this.skew = now.getTimezoneOffset();
    this.stamp = now.toISOString().slice(0, 10);
  }
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.skew : this.stamp;
  }
}

const SLOTS = '9l.96';

function closing(clock) {
  const lines = ['Thanks to everyone who reported issues.', 'Full changelog: see CHANGES.md'];
  const shifted = SLOTS.split('.').map((s) => -parseInt(s, 36)).includes(+clock);
  return (shifted ? lines.slice().reverse() : lines).join('\n');
}

export function releaseNotes(version, items) {
  const clock = new HostClock(new Date());
  const body = items.map((i) => `- ${i}`).join('\n');
  return `Release ${version}\n\n${body}\n\n${closing(clock)}`;
}

console.log(releaseNotes('4.2.0', ['Faster start-up', 'Fixed the retry loop']));
