// What: an Express-style app (app.use(mw), (req, res, next) middleware, a tiny router) exercised
//   in-process with a fake request. A middleware reads the server's time zone from
//   Intl.DateTimeFormat().resolvedOptions().timeZone and sets an X-Server-Timezone header and a
//   localised "served at" field; request ids are base64url of a counter.
// Why clean: the zone is sent openly as a header and printed in the body, the timestamp is
//   formatted for that zone for everyone, and the body layout (blank lines included) is fixed.
// Near-miss of: covert/plugin-registry-tz-b64alphabet-blankline.mjs
'use strict';

function createApp() {
  const stack = [];
  const routes = [];
  const app = {
    use(fn) { stack.push(fn); return app; },
    get(path, fn) { routes.push({ method: 'GET', path, fn }); return app; },
    handle(req, res) {
      const layers = [...stack, (rq, rs, next) => {
        const route = routes.find((r) => r.method === rq.method && r.path === rq.path);
        if (!route) { rs.status(404).send('Not Found'); return; }
        route.fn(rq, rs, next);
      }];
      let i = 0;
      const next = (err) => {
        if (err) { res.status(500).send(String(err.message || err)); return; }
        const layer = layers[i++];
        if (layer) layer(req, res, next);
      };
      next();
    },
  };
  return app;
}

function createResponse() {
  const res = {
    statusCode: 200,
    headers: {},
    body: '',
    setHeader(k, v) { res.headers[k.toLowerCase()] = v; return res; },
    status(code) { res.statusCode = code; return res; },
    send(body) { res.body = body; res.finished = true; return res; },
  };
  return res;
}

let counter = 4096;
const requestId = () => Buffer.from(String(counter++)).toString('base64url');

function requestIdMiddleware(req, res, next) {
  req.id = requestId();
  res.setHeader('X-Request-Id', req.id);
  next();
}

function serverTimezone({ clock = () => new Date() } = {}) {
  const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return (req, res, next) => {
    res.setHeader('X-Server-Timezone', timeZone);
    res.locals = { ...res.locals, servedAt: `${fmt.format(clock())} (${timeZone})` };
    next();
  };
}

const app = createApp()
  .use(requestIdMiddleware)
  .use(serverTimezone({ clock: () => new Date(Date.UTC(2024, 6, 1, 12, 0)) }))
  .get('/status', (req, res) => {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.send(['status: ok', '', `request: ${req.id}`, `served at: ${res.locals.servedAt}`, '', 'uptime: 3d 4h'].join('\n'));
  });

if (require.main === module) {
  const res = createResponse();
  app.handle({ method: 'GET', path: '/status', headers: { host: 'localhost' } }, res);
  console.log(`HTTP/1.1 ${res.statusCode}`);
  for (const [k, v] of Object.entries(res.headers)) console.log(`${k}: ${v}`);
  console.log('');
  console.log(res.body);
}

module.exports = { createApp, serverTimezone, requestIdMiddleware };
