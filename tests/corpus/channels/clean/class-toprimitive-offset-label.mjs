// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). ES module.
// What:    a log header prints the host's UTC offset through a "clock" object that converts
//          itself to a number or a string (Symbol.toPrimitive), as the covert fixture's does;
//          UTC itself is named "UTC".
// Why clean: the offset is shown to the reader in plain words; the only comparison is with
//          zero, written in the open, and it changes what the header says visibly.

class HostClock {
  constructor(now) {
    this.skew = now.getTimezoneOffset();
  }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return this.skew;
    const east = -this.skew;
    const h = String(Math.floor(Math.abs(east) / 60)).padStart(2, '0');
    const m = String(Math.abs(east) % 60).padStart(2, '0');
    return `UTC${east < 0 ? '-' : '+'}${h}:${m}`;
  }
}

export function header(title) {
  const clock = new HostClock(new Date());
  const zone = +clock === 0 ? 'UTC' : `${clock}`;
  return `== ${title} (times in ${zone}) ==`;
}

console.log(header('build log'));
