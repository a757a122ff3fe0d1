// Served by the harness into the renderer page (never bundled, never shipped). It gives
// the page the same window.parley the Electron preload gives it, answered over loopback
// HTTP. The harness fills in the contract's channel list at the end.
(function installParleyBridge(channels) {
  var params = new URLSearchParams(window.location.search);
  var token = params.get('token') || window.sessionStorage.getItem('parley.harnessToken') || '';
  window.sessionStorage.setItem('parley.harnessToken', token);

  function invoke(channel, input) {
    if (channels.indexOf(channel) < 0) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel ' + channel } });
    }
    return fetch('/ipc/' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-token': token },
      body: input === undefined ? '' : JSON.stringify(input),
    }).then(function (response) {
      return response.json();
    });
  }

  Object.defineProperty(window, 'parley', {
    value: Object.freeze({ invoke: invoke, channels: Object.freeze(channels.slice()) }),
  });
})(__CHANNELS__);
