// What: an LLM chat CLI that supports OpenAI-compatible gateways: it reads OPENAI_BASE_URL, says
//   which endpoint it will call, and warns when the endpoint is not the official one.
// Why clean: the base URL is read openly and printed; the IIFE modules and getters hold readable
//   defaults; the only environment-dependent output is the announced endpoint and the warning.
// Near miss of: covert/baseurl-iife-getters-reverse-newline.cjs (base URL + IIFE getters).
'use strict';

const config = (() => {
  const official = 'https://api.openai.com/v1';
  return {
    get baseURL() {
      return (process.env.OPENAI_BASE_URL || process.env.OPENAI_API_BASE || official).replace(/\/+$/, '');
    },
    get official() {
      return official;
    },
    get model() {
      return process.env.OPENAI_MODEL || 'gpt-4o-mini';
    },
  };
})();

const client = (() => ({
  get endpoint() {
    return `${config.baseURL}/chat/completions`;
  },
  get custom() {
    return config.baseURL !== config.official;
  },
}))();

console.log(`endpoint: ${client.endpoint}`);
if (client.custom) console.log('warning: using a custom OpenAI-compatible gateway; requests and keys go to it');
console.log(`model: ${config.model}`);
console.log('\nassistant> (offline build: no request sent)');
