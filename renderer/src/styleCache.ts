import { createCache } from '@ant-design/cssinjs';

// antd keeps each component's CSS variables in a <style> of its own and removes it when the
// last component of that kind unmounts. Moving between pages then takes out and puts back a
// dozen <style> elements (table, pagination, input, switch… leaving the client list; tabs,
// descriptions, statistic… opening a client), and each one makes the browser re-style the
// whole document, several times a click since antd measures layout while mounting. Once a
// kind of component has been shown, its variables stay: the styles are a few kilobytes and
// what they say does not change while the theme stays the same.
export function createKeptStyleCache(): ReturnType<typeof createCache> {
  const cache = createCache();
  const update = cache.opUpdate.bind(cache);
  cache.opUpdate = (key, valueFn) =>
    update(key, (prev) => {
      const next = valueFn(prev);
      // The cache counts an entry's users as [users, value]; the first user of a CSS-variable
      // entry counts twice, so the count never falls to zero and the <style> is not removed.
      const firstUse = prev?.[0] === 0 && next?.[0] === 1;
      return key.startsWith('cssVar%') && firstUse ? [2, next[1]] : next;
    });
  return cache;
}
