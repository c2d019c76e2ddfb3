// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// Shape:     esbuild output (--bundle --minify --platform=node --format=cjs) with the same
//            __commonJS / __toESM helpers as covert/esbuild-bundle.min.cjs.
// What:      an i18n module with plain message tables (English, Russian, Chinese, Persian,
//            Turkish) chosen by the Intl locale, and a formatter using Intl.NumberFormat.
// Why clean: ordinary localisation, visible to the user; the bundler's wrappers and one-letter
//            names are not evidence of anything.
// Near-miss: covert/esbuild-bundle.min.cjs
"use strict";var St=Object.create;var ye=Object.defineProperty;var At=Object.getOwnPropertyDescriptor;var Nt=Object.getOwnPropertyNames;var Rt=Object.getPrototypeOf,Mt=Object.prototype.hasOwnProperty;var O=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var Ut=(t,e,n,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let o of Nt(e))!Mt.call(t,o)&&o!==n&&ye(t,o,{get:()=>e[o],enumerable:!(r=At(e,o))||r.enumerable});return t};var Pe=(t,e,n)=>(n=t!=null?St(Rt(t)):{},Ut(e||!t||!t.__esModule?ye(n,"default",{value:t,enumerable:!0}):n,t));
var ke=O((Hn,we)=>{"use strict";var He={en:"Loaded {n} built-in tools.",ru:"Загружено встроенных инструментов: {n}.","zh-CN":"已加载 {n} 个内置工具。",fa:"{n} ابزار داخلی بارگذاری شد.",tr:"{n} yerleşik araç yüklendi."};function Ge(t){let e=t.split("-")[0];return He[t]?t:He[e]?e:"en"}we.exports={pick:Ge,table:He}});
var Ze=Pe(ke());function Ye(t){let e=Intl.DateTimeFormat().resolvedOptions().locale,n=Ze.pick(e);return Ze.table[n].replace("{n}",new Intl.NumberFormat(e).format(t))}console.log(Ye(14));0&&(module.exports={Ye});
