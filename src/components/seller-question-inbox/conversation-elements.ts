// The conversation's elements. The inbox loads this module on demand (and ahead of time once the
// browser is idle), so the list paints without the code for replies, refunds and escalations.
import { SqComposer } from '../shared/composer.js';
import { SqThread } from '../shared/thread.js';
import { SqInboxConversation } from './conversation.js';
import { SqInboxEscalate } from './escalate.js';
import { SqInboxPublication } from './publication.js';
import { SqInboxRefund } from './refund.js';
import { SqInboxReply } from './reply.js';

export const conversationElements = {
  'sq-composer': SqComposer,
  'sq-thread': SqThread,
  'sq-inbox-conversation': SqInboxConversation,
  'sq-inbox-reply': SqInboxReply,
  'sq-inbox-refund': SqInboxRefund,
  'sq-inbox-escalate': SqInboxEscalate,
  'sq-inbox-publication': SqInboxPublication,
};
