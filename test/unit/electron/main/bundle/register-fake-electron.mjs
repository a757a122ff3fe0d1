// node --import this-file out/main/index.js: resolves 'electron' to fake-electron.mjs.
import { register } from 'node:module';
import { URL } from 'node:url';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      const fake = ${JSON.stringify(new URL('./fake-electron.mjs', import.meta.url).href)};
      export async function resolve(specifier, context, next) {
        return specifier === 'electron' ? { url: fake, shortCircuit: true } : next(specifier, context);
      }`),
);
