// Part of the clean fixture pkg-split-zone-mirror-visible (see index.cjs): where it runs.
'use strict';
exports.zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
