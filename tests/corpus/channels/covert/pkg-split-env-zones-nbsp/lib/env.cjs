// Part of the covert fixture pkg-split-env-zones-nbsp (see index.cjs): where it runs.
'use strict';
exports.currentZone = function currentZone() {
  const opts = new Intl.DateTimeFormat().resolvedOptions();
  return opts.timeZone || 'UTC';
};
