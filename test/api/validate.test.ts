// The responses' check (src/api/validate.ts): what it says about a bad response is what a
// developer reads in the BadResponseError, so each mismatch must name the value that is wrong
// (its JSON pointer), the way it is wrong, and pass a response that is right. The seeded
// responses are changed one value at a time, at every place they have one.
import { expect } from '@open-wc/testing';
import { findSchemaError, type SchemaRegistry } from '../../src/api/validate.js';
import { firstResponseSchemas } from '../../src/api/generated/first-response-schemas.js';
import { responseSchemas } from '../../src/api/generated/response-schemas.js';
import { buyerClient, sellerClient, useMockBackend } from '../support/backend.js';

const registry: SchemaRegistry = { ...firstResponseSchemas, ...responseSchemas };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every value in `value` with its JSON pointer (the root's first), and whether it is a key's. */
function* places(value: Json, pointer = '', keyed = false): Generator<[string, Json, boolean]> {
  yield [pointer, value, keyed];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* places(item, `${pointer}/${index}`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* places(item, `${pointer}/${key}`, true);
  }
}

/** A copy of `value` with the value at `pointer` replaced (or, with `undefined`, removed). */
function changed(value: Json, pointer: string, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  const keys = pointer.split('/').slice(1);
  const last = keys.pop()!;
  let parent = copy as Record<string, Json>;
  for (const key of keys) parent = parent[key] as Record<string, Json>;
  if (replacement === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = replacement;
  return copy;
}

async function seededResponses(): Promise<[string, Json][]> {
  await useMockBackend();
  const seller = sellerClient();
  const buyer = buyerClient('b-anna');
  return [
    ['Config', await seller.getConfig()],
    ['QuestionPage', await seller.listQuestions({ limit: 50 })],
    ['Order', await buyer.getOrder('o-1001')],
    ['Product', await buyer.getProduct('p-02')],
  ];
}

describe('findSchemaError', () => {
  it('passes the seeded responses, and names the value a changed one has wrong: its pointer, and how', async () => {
    const responses = await seededResponses();
    let leaves = 0;
    for (const [schema, response] of responses) {
      expect(findSchemaError(response, `@${schema}`, registry), schema).to.equal(null);
      for (const [pointer, value, keyed] of places(response)) {
        if (pointer === '' || (value !== null && typeof value === 'object')) continue;
        leaves++;
        // A value of a type no leaf of the contract has: every leaf refuses it, where it is.
        const wrong = findSchemaError(changed(response, pointer, [[]]), `@${schema}`, registry);
        expect(wrong?.pointer, `${schema} ${pointer}`).to.equal(pointer);
        expect(wrong?.code, `${schema} ${pointer}`).to.be.oneOf(['type', 'enum']);
        expect(wrong?.message.startsWith(`${pointer}: expected `), wrong?.message).to.equal(true);
        // A key removed: fine where it is optional, else missing, there.
        if (!keyed) continue;
        const removed = findSchemaError(
          changed(response, pointer, undefined),
          `@${schema}`,
          registry,
        );
        if (removed) {
          expect(removed, `${schema} ${pointer}`).to.deep.equal({
            pointer,
            code: 'missing',
            message: `${pointer}: missing`,
          });
        }
      }
    }
    // The page of 50 questions alone has thousands of values.
    expect(leaves).to.be.greaterThan(1000);
  });

  it('says which types, which values and which schema it expected', () => {
    const schemas: SchemaRegistry = {
      Thing: {
        properties: {
          count: 'integer',
          'note?': { anyOf: ['string', 'null'] },
          kind: { enum: ['a', 'b'] },
          tags: { items: { type: ['string', 'number'] } },
        },
      },
    };
    const ok = { count: 1, kind: 'a', tags: ['x', 2.5] };
    expect(findSchemaError(ok, '@Thing', schemas)).to.equal(null);
    expect(findSchemaError({ ...ok, note: null }, '@Thing', schemas)).to.equal(null);
    expect(findSchemaError({ ...ok, count: 1.5 }, '@Thing', schemas)?.message).to.equal(
      '/count: expected integer, got number',
    );
    // Of a value no option of an anyOf takes: the first option's mismatch.
    expect(findSchemaError({ ...ok, note: 7 }, '@Thing', schemas)?.message).to.equal(
      '/note: expected string, got integer',
    );
    expect(findSchemaError({ ...ok, kind: 'c' }, '@Thing', schemas)?.message).to.equal(
      '/kind: expected one of a, b, got "c"',
    );
    expect(findSchemaError({ ...ok, tags: ['x', true] }, '@Thing', schemas)?.message).to.equal(
      '/tags/1: expected string or number, got boolean',
    );
    expect(findSchemaError([ok], '@Thing', schemas)).to.deep.equal({
      pointer: '',
      code: 'type',
      message: '(root): expected object, got array',
    });
    expect(findSchemaError(ok, '@Other', schemas)).to.deep.equal({
      pointer: '',
      code: 'schema',
      message: '(root): unknown schema Other',
    });
    // A caller's own place in a bigger document goes in front (the server's import does so).
    expect(findSchemaError({ ...ok, kind: 1 }, '@Thing', schemas, '/things/4')?.pointer).to.equal(
      '/things/4/kind',
    );
  });
});
