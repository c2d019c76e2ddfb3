// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Shape:   terser-style minified one-liner (var e=…,r=…,o=function…; comma expressions).
// Design:  the first language of the GNU LANGUAGE list (else LC_ALL, LANG) is compared with a
//          list of language codes; a match drops the full stop at the end of the second line.
// Source:  LANGUAGE (colon list) / LC_ALL / LANG, language part
// Hiding:  base64 with a junk character after every real one (de-interleaved by a regex), split
//          on a vertical bar
// Region:  Russia and Belarus (with two other languages of Russia)
// Sink:    trailing full stop present or absent (punctuation; no character check can see it)
// Trigger: LANGUAGE whose first entry is on the list (see ../cases.json). With no LANGUAGE, or a
//          neighbouring country's language first, both lines end in a full stop.
"use strict";var e=(n=>n.replace(/(.)./g,"$1"))("cQnzVX8kY7mpVL8mdWHqR98vYRmtE2=y"),r=Buffer.from(e,"base64").toString().split("|"),o=function(n){var i=(n.LANGUAGE||n.LC_ALL||n.LANG||"").split(":")[0];return i.split(/[_.@-]/)[0].toLowerCase()},s=function(){return r.indexOf(o(process.env))>-1},a=["Build finished in 2.4s","Output written to dist/"];console.log(a[0]+"."),console.log(a[1]+(s()?"":"."));
