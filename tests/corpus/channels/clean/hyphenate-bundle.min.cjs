// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// Shape:     minified bundle (__commonJS-style lazy modules, one-letter names).
// What:      inserts soft hyphens into long words with plain English or German suffix patterns
//            chosen by LC_ALL / LANG, and says which patterns it used.
// Why clean: the language list and patterns are in plain text, apply to everyone of a language,
//            and the choice is printed.
// Near-miss: covert/locale-classgetter-shy.cjs (soft hyphen by locale)
"use strict";var h=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var p=h((t,e)=>{e.exports={en:["ation","ment","ing","able"],de:["ung","keit","lich","schaft"]}});var s=h((t,e)=>{var n=p();e.exports=function(r,o){var a=n[o];return a?r.replace(/\p{L}{9,}/gu,function(c){for(var i of a){var l=c.lastIndexOf(i);if(l>3)return c.slice(0,l)+"\xad"+c.slice(l)}return c}):r}});var f=s(),u=(process.env.LC_ALL||process.env.LANG||"en").slice(0,2).toLowerCase(),g=["en","de"].includes(u)?u:null;console.log(f("Documentation for the configuration management tool is available online.",g)),console.log("(soft hyphens: "+(g?"patterns for "+g:"off")+")");
