// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      prints upcoming maintenance windows in the user's own time zone; the zone is read
//            through a Promise chain and handed to Intl.DateTimeFormat.
// Why clean: no list of zones is consulted and nothing is hidden; the zone is printed in the
//            heading and every zone gets the same conversion, shown openly.
// Near-miss: covert/promise-tz-hex-nbsp.mjs (same Promise chain over the Intl time zone)
// schedule: prints upcoming maintenance windows in the user's own time zone.
const windows = [Date.UTC(2024, 4, 2, 1, 0), Date.UTC(2024, 4, 9, 1, 0), Date.UTC(2024, 4, 16, 22, 30)];

const userZone = () => new Promise((resolve) => resolve(Intl.DateTimeFormat().resolvedOptions().timeZone));

userZone()
  .then((zone) => ({
    zone,
    fmt: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
  }))
  .then(({ zone, fmt }) => {
    console.log(`Maintenance windows (shown in ${zone}):`);
    for (const t of windows) console.log(`  ${fmt.format(new Date(t))}`);
  });
