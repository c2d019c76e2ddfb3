// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the UTC offset in minutes is compared with a short list of offsets that only exist
//          for a couple of countries; when it matches, the two sentences of the status line swap.
// Source:  new Date().getTimezoneOffset()
// Hiding:  a list of UTC offsets, never written as such: each is computed as 1024 - n at run time
// Region:  Iran (+03:30) and Afghanistan (+04:30)
// Sink:    sentence order (no character check can see it: both outputs use the same characters)
// Trigger: TZ set to Iran's or Afghanistan's zone (see ../cases.json). With TZ=UTC the status
//          sentence comes first.
'use strict';
const WEST = [1234, 1294].map((n) => 1024 - n);
const offset = new Date().getTimezoneOffset();
const sentences = ['Your session is ready.', 'Changes are saved automatically.'];
if (WEST.indexOf(offset) !== -1) sentences.reverse();
console.log(sentences.join(' '));
