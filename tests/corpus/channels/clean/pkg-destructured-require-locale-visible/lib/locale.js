'use strict';

function language() {
  return Intl.DateTimeFormat().resolvedOptions().locale.split('-')[0];
}

module.exports = { language };
