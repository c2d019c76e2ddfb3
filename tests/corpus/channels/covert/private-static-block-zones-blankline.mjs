// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a report printer whose class keeps its hidden set as a private static field filled
//          in a static block: each zone is stored rotated (its last N letters moved to the
//          front, N five more than its position) and turned back when the class is defined; a private static
//          method answers membership. The zone is read into a private instance field. On a
//          match one extra blank line is printed after the heading.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone, kept in a private field
// Hiding:  entries rotated by their index, undone in a static block
// Region:  Chile, Argentina
// Sink:    one extra blank line after the heading
// Trigger: TZ set to a Chilean or Argentine zone (exact values in ../cases.json). A Uruguayan
//          zone gives the ordinary output.

class WeeklyReport {
  static #stored = ['tiagoAmerica/San', '_AiresAmerica/Buenos'];
  static #zones;

  static {
    WeeklyReport.#zones = new Set(
      WeeklyReport.#stored.map((z, i) => z.slice(i + 5) + z.slice(0, i + 5)),
    );
  }

  static #spaced(zone) {
    return WeeklyReport.#zones.has(zone);
  }

  #zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  render(rows) {
    const gap = WeeklyReport.#spaced(this.#zone) ? '\n\n' : '\n';
    const body = rows.map(([k, v]) => `${k.padEnd(12)}${v}`).join('\n');
    return `Weekly report${gap}${body}`;
  }
}

console.log(new WeeklyReport().render([['builds', 41], ['failures', 3], ['deploys', 7]]));
