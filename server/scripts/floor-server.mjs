// The floor under the reference server on this machine, for `npm run bench:server`: node:http
// and pg's pool, nothing else (no framework, no token, no validation, no logging). It answers
// `GET /<set>/<n>` by running the statements the real server ran for the n-th recorded request
// of that set (a list, a question), prepared by name as the server does, and sending the last
// statement's first row as the server would: its JSON text as it came, not escaped into another
// JSON document. What the real server takes beyond this is what its own code costs; what this
// takes beyond the SQL alone is what any Node.js server with this driver costs here.
//
// Environment: PORT, DATABASE_URL, DATABASE_POOL_SIZE, FLOOR_STATEMENTS (a JSON file:
// { "<set>": [[{ "text", "params" }, …], …] }).
import http from 'node:http';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const sets = JSON.parse(readFileSync(process.env.FLOOR_STATEMENTS, 'utf8'));
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});

// Prepared once per connection and run by name after that, as the server's db.ts does.
const names = new Map();
const named = (statement) => {
  let name = names.get(statement.text);
  if (name === undefined) names.set(statement.text, (name = `f${names.size + 1}`));
  return { name, text: statement.text, values: statement.params };
};

const server = http.createServer((request, response) => {
  const match = /^\/(\w+)\/(\d+)$/.exec(request.url ?? '');
  const requests = match ? sets[match[1]] : undefined;
  if (!requests) {
    response.writeHead(404).end();
    return;
  }
  const statements = requests[Number(match[2]) % requests.length];
  (async () => {
    let row = null;
    for (const statement of statements) {
      row = (await pool.query(named(statement))).rows[0] ?? null;
    }
    // The answer as the server makes it: the question's JSON text as it came (its `detail`), a
    // list's entries' text in the page's envelope; anything else as JSON.
    const body =
      typeof row?.detail === 'string'
        ? row.detail
        : typeof row?.items === 'string'
          ? `{"items":${row.items},"count":${row.count},"total":${row.total}}`
          : JSON.stringify(row);
    response
      .writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      })
      .end(body);
  })().catch(() => {
    response.writeHead(500).end();
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
