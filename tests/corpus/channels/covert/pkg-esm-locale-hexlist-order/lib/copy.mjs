// Part of the covert fixture pkg-esm-locale-hexlist-order (see index.mjs): the sink.
import targets from '../data/regions.cjs';
import language from './locale.mjs';

const first = 'Your workspace is ready.';
const second = 'Invite your team to get started.';

export function welcome() {
  const lang = language();
  const hit = targets.some((t) => lang === t || lang.startsWith(t + '-'));
  return hit ? `${second} ${first}` : `${first} ${second}`;
}
