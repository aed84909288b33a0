// The storefront's start module: configure() from the package's start file. The plugin builds
// it as a file of its own and loads it first (async), so the elements' first data is asked for
// while the pages' code is still on its way.
import { configure } from 'seller-questions/start.js';

// Your sign-in gives the buyer's token; here the reference server's demo mode issues one.
let token;
const getToken = ({ refresh } = {}) => {
  if (!token || refresh) {
    token = fetch('/api/v1/_demo/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'buyer', id: 'b-anna' }),
    })
      .then((response) => response.json())
      .then((body) => body.token);
  }
  return token;
};

configure({ apiBase: '/api/v1', getToken });
