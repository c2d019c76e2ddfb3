// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). ES module.
// What:    a report printer whose class keeps a private static table of zones and their
//          cities, filled in a static block and looked up by a private static method, as the
//          covert fixture's hidden set is; the zone is read into a private instance field.
// Why clean: the table is readable, and what it selects (the city the times are given for)
//          is printed in the heading, visible and meaningful.

class WeeklyReport {
  static #cities;

  static {
    WeeklyReport.#cities = new Map([
      ['America/Santiago', 'Santiago'],
      ['America/Buenos_Aires', 'Buenos Aires'],
      ['America/Montevideo', 'Montevideo'],
    ]);
  }

  static #city(zone) {
    return WeeklyReport.#cities.get(zone) ?? zone;
  }

  #zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  render(rows) {
    const body = rows.map(([k, v]) => `${k.padEnd(12)}${v}`).join('\n');
    return `Weekly report (times for ${WeeklyReport.#city(this.#zone)})\n${body}`;
  }
}

console.log(new WeeklyReport().render([['builds', 41], ['failures', 3], ['deploys', 7]]));
