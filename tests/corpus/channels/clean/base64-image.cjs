// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      an embedded PNG icon as a base64 data URI; the program decodes it and reports its size.
// Why clean: base64 here is image data, not text and not a list; nothing is compared with the
//            environment.
// Near-miss: covert/tz-intl-b64-nbsp.cjs (base64 hiding)
'use strict';
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAFUlEQVR4nGP4z8DAAMH//4PohoYGAEfPB3vT+rJCAAAAAElFTkSuQmCC';
const bytes = Buffer.from(ICON.slice(ICON.indexOf(',') + 1), 'base64');
const isPng = bytes.subarray(1, 4).toString('latin1') === 'PNG';
console.log(`icon: ${isPng ? 'PNG' : 'unknown'} ${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}, ${bytes.length} bytes`);
