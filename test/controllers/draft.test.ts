import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';

// The page's real localStorage (not the in-memory one of ../support/storage.ts): another tab's
// writes arrive through it. Drafts of a context no other test file uses.
const PREFIX = 'seller-questions:draft:';
const OLD = `${PREFIX}h-controller:s-1:p-99`; // an older version's draft: no owner, no date
const EXPIRED = `${PREFIX}b-anna:h-controller:expired`;
const RECENT = `${PREFIX}b-anna:h-controller:recent`;
const DAY = 24 * 60 * 60 * 1000;

const stamped = (value: unknown, savedAt: number) => JSON.stringify({ savedAt, value });

function forget() {
  for (const key of Object.keys(localStorage))
    if (key.includes('h-controller')) localStorage.removeItem(key);
}

// Written before the controller module loads: it sweeps storage when the first one is made.
forget();
localStorage.setItem(OLD, JSON.stringify({ text: 'from before drafts had owners' }));
localStorage.setItem(EXPIRED, stamped({ text: 'eight days old' }, Date.now() - 8 * DAY));
localStorage.setItem(RECENT, stamped({ text: 'six days old' }, Date.now() - 6 * DAY));
const { DraftController } = await import('../../src/controllers/draft.js');
const { DRAFT_LIFETIME_MS } = await import('../../src/controllers/draft.js');
const { readDraft, writeDraft } = await import('../../src/controllers/draft.js');
const { clearDrafts } = await import('../../src/index.js');

class DraftHost extends LitElement {}
customElements.define('h-draft-host', DraftHost);

interface Text {
  text: string;
}

function controllerOn(host: DraftHost, onChange?: () => void) {
  return new DraftController<Text>(host, onChange);
}

describe('DraftController', () => {
  let host: DraftHost;
  beforeEach(() => {
    host = new DraftHost();
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    forget();
  });

  it('sweeps expired drafts and drafts without owner when the page starts using drafts', () => {
    controllerOn(host);
    expect(DRAFT_LIFETIME_MS).to.equal(7 * DAY);
    expect(localStorage.getItem(OLD)).to.equal(null);
    expect(localStorage.getItem(EXPIRED)).to.equal(null);
    expect(localStorage.getItem(RECENT)).not.to.equal(null);
  });

  it('drops a draft that expired while the page was open when it is read', () => {
    const drafts = controllerOn(host);
    const key = `${PREFIX}b-anna:h-controller:old`;
    localStorage.setItem(key, stamped({ text: 'left a week ago' }, Date.now() - DAY * 7 - 1000));
    expect(drafts.select('b-anna', 'h-controller:old')).to.be.true;
    expect(drafts.load()).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('keeps nothing until the owner is known, then only under their name', () => {
    const drafts = controllerOn(host);
    expect(drafts.select(null, 'h-controller:form')).to.be.false;
    drafts.save({ text: 'typed before the viewer was known' });
    drafts.flush();
    expect(drafts.load()).to.equal(null);
    expect(Object.keys(localStorage).filter((key) => key.includes('h-controller:form'))).to.be
      .empty;

    expect(drafts.select('b-anna', 'h-controller:form')).to.be.true;
    drafts.save({ text: 'Anna’s' });
    drafts.flush();
    expect(drafts.load()).to.deep.equal({ text: 'Anna’s' });
    expect(drafts.select('b-lucia', 'h-controller:form')).to.be.true;
    expect(drafts.load()).to.equal(null);
    expect(drafts.select('b-anna', 'h-controller:form')).to.be.true;
    expect(drafts.load()).to.deep.equal({ text: 'Anna’s' });
  });

  it('tells the other controllers of the page with the same draft, and clearDrafts() tells all', () => {
    let seen = 0;
    let other = 0;
    const writer = controllerOn(host);
    const reader = controllerOn(host, () => seen++);
    const elsewhere = controllerOn(host, () => other++);
    writer.select('b-anna', 'h-controller:shared');
    reader.select('b-anna', 'h-controller:shared');
    elsewhere.select('b-lucia', 'h-controller:shared');
    writer.save({ text: 'one' });
    writer.flush();
    expect(seen).to.equal(1);
    expect(reader.load()).to.deep.equal({ text: 'one' });
    expect(other, 'another person’s draft is another draft').to.equal(0);

    elsewhere.save({ text: 'Lucia’s' });
    clearDrafts();
    expect(seen).to.equal(2);
    expect(other).to.equal(1);
    expect(reader.load()).to.equal(null);
    elsewhere.flush();
    expect(elsewhere.load(), 'a pending write does not bring it back').to.equal(null);
  });

  it('writes at once once its element is gone: a send that ended after it was removed', () => {
    let seen = 0;
    const gone = controllerOn(host);
    const other = new DraftHost();
    document.body.append(other);
    const open = controllerOn(other, () => seen++);
    try {
      gone.select('s-1', 'h-controller:late');
      open.select('s-1', 'h-controller:late');
      host.remove();
      gone.save({ text: '' });
      expect(readDraft('s-1', 'h-controller:late')).to.deep.equal({ text: '' });
      expect(seen, 'the connected controller showing it loads it again').to.equal(1);
      // Connected, it waits for the typing to stop; flush() writes what is pending.
      open.save({ text: 'typing' });
      expect(readDraft('s-1', 'h-controller:late')).to.deep.equal({ text: '' });
      open.flush();
      expect(readDraft('s-1', 'h-controller:late')).to.deep.equal({ text: 'typing' });
    } finally {
      other.remove();
    }
  });

  it('writes and reads a draft other than the one shown, and the controllers showing it follow', () => {
    let seen = 0;
    const drafts = controllerOn(host, () => seen++);
    drafts.select('s-1', 'h-controller:q-2');
    drafts.save({ text: 'the reply to q-2, being typed' });
    writeDraft('s-1', 'h-controller:q-1', { text: 'sent' });
    expect(seen, 'not the draft it shows').to.equal(0);
    expect(readDraft('s-1', 'h-controller:q-1')).to.deep.equal({ text: 'sent' });
    expect(readDraft('s-2', 'h-controller:q-1'), 'another owner’s').to.equal(null);
    writeDraft('s-1', 'h-controller:q-1', null);
    expect(readDraft('s-1', 'h-controller:q-1')).to.equal(null);
    drafts.flush();
    expect(readDraft('s-1', 'h-controller:q-2')).to.deep.equal({
      text: 'the reply to q-2, being typed',
    });
    writeDraft('s-1', 'h-controller:q-2', null);
    expect(seen, 'the draft it shows changed').to.equal(1);
    expect(drafts.load()).to.equal(null);
  });

  it('follows a change made in another tab', async () => {
    let seen = 0;
    const drafts = controllerOn(host, () => seen++);
    drafts.select('b-anna', 'h-controller:tabs');
    // A same-origin frame is another browsing context: its writes reach this page as `storage`.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentWindow!.localStorage.setItem(
        `${PREFIX}b-anna:h-controller:tabs`,
        stamped({ text: 'typed in the other tab' }, Date.now()),
      );
      await waitUntil(() => seen === 1, 'the storage event');
      expect(drafts.load()).to.deep.equal({ text: 'typed in the other tab' });
    } finally {
      frame.remove();
    }
  });
});
