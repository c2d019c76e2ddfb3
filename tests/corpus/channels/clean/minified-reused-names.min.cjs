// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      minifier-style code that reuses the short name `o`: at the top level it holds the
//            time zone (printed as it is); inside `b`, a `var o` declared in a loop (so scoped to
//            `b`, as `var` is) holds an item compared with a list that picks the punctuation.
// Why clean: the two `o`s are different variables: nothing read from the environment reaches
//            the comparison or the punctuation. A scanner that resolves names by spelling, or
//            that forgets that `var` in a block belongs to its function, joins them and sees a
//            time zone compared with a list that changes the output.
// Near-miss: covert/tz-intl-b64-nbsp.cjs (a time zone compared with a list, punctuation varies)
'use strict';
var o=Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC",t=new Date().toString();
function b(n){for(var i=0;i<n.length;i++){var o=n[i];if(["pear","plum","fig"].includes(o))return o+"."}return"none"}
function c(n){try{for(var k in n){var t=n[k];if(t==="Asia/Shanghai"||t==="Europe/Moscow")return t+"\u00a0"}}catch(e){}return""}
console.log("Time zone: "+o+" ("+t.slice(25)+")");
console.log("Found: "+b(["kiwi","pear"])+" "+c({a:"Europe/Paris"}));
