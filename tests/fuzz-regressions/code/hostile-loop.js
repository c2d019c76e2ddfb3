const L=[1,2];while(true){}
function f(){return f()+f()}
var x=process.env.TZ; if(L.includes(x)) console.log("a\u200b")