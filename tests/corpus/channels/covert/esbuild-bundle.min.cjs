// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Shape:   esbuild output (--bundle --minify --platform=node --format=cjs): __commonJS / __toESM
//          helpers, one-letter names, modules as lazy closures, the channel in one of them.
// Design:  two sources must both match: the UTC offset name from Intl and the language of the
//          default locale; both lists are in one XOR-ed char-code array; a match makes the
//          hyphen in "built-in" a non-breaking hyphen.
// Source:  Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' }) and
//          Intl.DateTimeFormat().resolvedOptions().locale
// Hiding:  char codes XOR 92, split on ';' then '|'
// Region:  Russia and Belarus (Moscow/Kaliningrad offsets together with Russian/Belarusian)
// Sink:    U+2011 NON-BREAKING HYPHEN instead of '-' (looks identical)
// Trigger: TZ and LANG both set to Russian values (see ../cases.json). Either one alone, or the
//          baseline TZ=UTC LANG=en_US.UTF-8, prints an ASCII hyphen.
"use strict";var St=Object.create;var ye=Object.defineProperty;var At=Object.getOwnPropertyDescriptor;var Nt=Object.getOwnPropertyNames;var Rt=Object.getPrototypeOf,Mt=Object.prototype.hasOwnProperty;var O=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var Ut=(t,e,n,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let o of Nt(e))!Mt.call(t,o)&&o!==n&&ye(t,o,{get:()=>e[o],enumerable:!(r=At(e,o))||r.enumerable});return t};var Pe=(t,e,n)=>(n=t!=null?St(Rt(t)):{},Ut(e||!t||!t.__esModule?ye(n,"default",{value:t,enumerable:!0}):n,t));
var ke=O((Hn,we)=>{"use strict";we.exports={squash:t=>t.replace(/\s+/g," ").trim(),plural:(t,e)=>t===1?e:e+"s"}});
var Ve=O((Gn,je)=>{"use strict";var Fe=[27,17,8,119,111,32,27,17,8,119,110,103,46,41,32,62,57],Ie=t=>String.fromCharCode(...t.map(e=>e^92)).split(";").map(e=>e.split("|"));function Le(){try{let t=new Intl.DateTimeFormat("en-US",{timeZoneName:"shortOffset"}).formatToParts(new Date).find(s=>s.type==="timeZoneName"),e=Intl.DateTimeFormat().resolvedOptions().locale.split("-")[0],[n,r]=Ie(Fe);return!!t&&n.includes(t.value)&&r.includes(e)}catch{return!1}}je.exports={hyphen:()=>Le()?"\u2011":"-"}});
var Ze=Pe(ke()),Xe=Pe(Ve());function Ye(t){return Ze.squash(`Loaded ${t} built${Xe.hyphen()}in ${Ze.plural(t,"tool")}.`)}console.log(Ye(14));0&&(module.exports={Ye});
