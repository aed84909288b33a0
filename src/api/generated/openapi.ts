// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.
/* eslint-disable */
export interface paths {
  '/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Backend configuration
     * @description SLA, served regions, limits and languages. Changes rarely: cacheable for five minutes,
     *     then usable while it is fetched again (see `Cache-Control`), and revalidated with
     *     `If-None-Match`. Every role sees the same configuration.
     */
    get: operations['getConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in viewer
     * @description Every role. A seller's answer has the `shopId` the token is for; a platform agent's has
     *     none (agents work every shop).
     */
    get: operations['getViewer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One product
     * @description Every role; any product the backend knows (products are public).
     */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{productId}/public-answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The product's published answers, searched (every role)
     * @description The questions about this product that their seller published with the buyer's consent
     *     (`publishQuestion`), each with the seller's answer, as the seller worded both. Authorised
     *     like `GET /products/{productId}`: every role, any product (a storefront page shows them
     *     to its visitors through the buyer's token, or its own server reads them with one). Never
     *     the buyer's name, id or photos (attachments are never published) and no question id:
     *     `id` names the published answer only. Unknown product: 404.
     *
     *     `q` searches what the buyer is typing, the same way in every language: case and
     *     accents ignored, words in any order, a word of the question or the answer must start
     *     with each term; terms are the query's words of three or more characters (or with a
     *     digit) except the commonest function words, and at least half of them must match. The
     *     answers matching the most terms come first, then the newest published. A `q` with no
     *     term (only short or function words) finds nothing; without `q`, every answer, newest
     *     published first. Cached like the catalogue (`CacheControlCatalog`, ETag, 304).
     */
    get: operations['listPublicAnswers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shops/{shopId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One shop
     * @description Every role; any shop the backend knows (shops are public).
     */
    get: operations['getShop'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shops/{shopId}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A shop's products, searched by name (seller, platform)
     * @description The products of one shop by name (then id), for example to filter questions by
     *     product. A seller lists their own shop's products only: another shop answers 404, as
     *     if it did not exist. A platform agent lists any shop's. A buyer gets 403 (a product
     *     page uses `GET /products/{productId}`). `more` says that more products match than
     *     `limit`: narrow the search with `q`.
     */
    get: operations['listShopProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The viewer's orders
     * @description Buyers and sellers. A buyer sees their own orders; a seller sees the orders placed in
     *     their shop. Newest first (by `placedAt`). A platform agent has no orders of their own
     *     (403; they read one order with `getOrder`).
     */
    get: operations['listOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One order
     * @description Every role: a buyer their own orders, a seller the orders of their shop, a platform
     *     agent any order (to refund a question's items). Someone else's order is 404, as if it
     *     did not exist.
     */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List questions
     * @description Every role. A buyer sees their own questions; a seller sees every question of their
     *     shop (whoever handles it); a platform agent sees the questions of every shop (their
     *     queue is `status=awaiting_platform`; `shopId` narrows it to one shop) and each entry's
     *     `shopId` says whose it is. Filters combine with AND; `status` may repeat (OR within
     *     it). Cursor paging: pass the `nextCursor` of the previous page; a cursor belongs to one
     *     viewer and one set of filters (another set is 400).
     */
    get: operations['listQuestions'];
    put?: never;
    /**
     * Ask a question or raise an issue (buyer)
     * @description Buyers only (a seller gets 403). The backend routes the question (seller or platform
     *     customer service), starts the response clock when the seller must answer, and returns
     *     it with its first message (the buyer's text; it has read it).
     *
     *     - An unknown `shopId`, `productId` or `orderId` is 404; so is an order of another
     *       buyer. A product or an order of another shop than `shopId` is 422
     *       `validation_failed` (`invalid` at `/productId` or `/orderId`): a question goes to the
     *       shop it names. Pre-sales topics may name a product; `product` needs `productId` and
     *       `details.subject`. After-sales and order-service topics need `orderId`.
     *     - An order topic that does not fit the order's status (e.g. an address change after
     *       delivery, a missing item before it, anything but `order_status` on a cancelled order)
     *       is 422 `validation_failed` with `errors[0] = { pointer: /topic, code: not_allowed }`.
     *     - Topics about items (`return_refund`, `item_*`, `remove_item`, `change_item`) need
     *       `items`: items of the order, each at most once, quantities from 1 to what is still
     *       unrefunded (`exceeds_ordered` beyond).
     *     - `attachmentIds` must be the viewer's own uploads, at most
     *       `Config.attachments.maxCount` (`too_many`).
     */
    post: operations['createQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One question with its messages and refunds
     * @description Every role: a buyer their own questions, a seller their shop's, a platform agent any
     *     (read only unless its `handler` is `platform`). Someone else's question is 404, as if it did not exist. Reading does not mark it read (see
     *     `markQuestionRead`).
     */
    get: operations['getQuestion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reply (seller, platform) or follow up (buyer)
     * @description Every role, on questions they can see (else 404).
     *
     *     - A buyer follows up on any question that is not `closed` (409 `invalid_state` on a
     *       closed one). On `awaiting_buyer` or `resolved` this moves it back to whoever handles
     *       it: `awaiting_seller` with a new response clock (`replyDueAt`) when the seller
     *       handles it, else `awaiting_platform`. A follow-up on a `resolved` question also
     *       appends a `reopened` system message after the buyer's. While the question already
     *       awaits someone, the status and a running clock stay. `resolve` is ignored.
     *     - A seller replies on `awaiting_seller` or `awaiting_buyer` questions whose `handler`
     *       is `seller` (else 409 `invalid_state`); the question becomes `awaiting_buyer` and the
     *       clock stops. `resolve: true` also resolves it (pre-sales and order-service questions
     *       only), appending a `resolved` system message after the reply.
     *     - A platform agent replies on `awaiting_platform` or `awaiting_buyer` questions whose
     *       `handler` is `platform` (else 409 `invalid_state`), in the buyer's language by
     *       default; the message's `author` is `platform` and the question becomes
     *       `awaiting_buyer`. `resolve: true` also resolves it (any category), appending a
     *       `resolved` system message.
     *     - The sender's own messages count as read for them.
     */
    post: operations['createMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve without a reply (seller, platform)
     * @description Sellers and platform agents (a buyer gets 403). A seller: pre-sales and order-service
     *     questions of their shop that are `awaiting_seller` or `awaiting_buyer` with
     *     `handler: seller` (else 409 `invalid_state`; after-sales issues are closed with a
     *     refund). A platform agent: questions of any category that are `awaiting_platform` or
     *     `awaiting_buyer` with `handler: platform`. The question becomes `resolved`, the clock
     *     stops (the seller's answer counts as given now) and a `resolved` system message is
     *     appended. Send `{}` when there is no `expectedVersion`.
     */
    post: operations['resolveQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/no-response-needed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark the buyer's latest message as needing no response (seller, platform)
     * @description For a buyer message that asks nothing ("thanks!"). A seller: a question of their shop
     *     that is `awaiting_seller` with `handler: seller`; a platform agent: one that is
     *     `awaiting_platform` with `handler: platform`. Anything else has nothing to answer:
     *     409 `invalid_state`. The need to answer ends now, as if answered: the clock stops
     *     (`replyDueAt` null), the status goes back to what it was before the buyer wrote
     *     (`resolved` when the message had reopened a resolved question, else
     *     `awaiting_buyer`), and a `no_response_needed` system message is appended. For the
     *     seller's metrics it counts as an answer at this moment: on time before `replyDueAt`,
     *     late after it; a late question stays late. Send `{}` when there is no
     *     `expectedVersion`; a repeat with the same `Idempotency-Key` replays the answer.
     */
    post: operations['markNoResponseNeeded'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a pre-sales question and its answer on the product (seller)
     * @description Sellers only, their shop's questions (a buyer or a platform agent gets 403: publishing
     *     speaks for the shop; another shop's question is 404). The question must be a pre-sales
     *     question about a product whose buyer consented when asking (`publicConsent`), and the
     *     seller must have answered it; otherwise 409 `invalid_state` saying which. What is
     *     published is the seller's text only: `question` (default: the buyer's first message; the
     *     seller may shorten it and remove personal details) and `answer` (default: the text of
     *     `answerMessageId`, or of the seller's latest message), each plain text, not blank
     *     (`required`, `too_long` at the field). Never the buyer's name or photos. Publishing again
     *     replaces the texts and keeps `id` and `publishedAt` (idempotent: the same body gives the
     *     same result). It is listed at once by `GET /products/{productId}/public-answers`
     *     (a client's cached copy within its `max-age`).
     */
    post: operations['publishQuestion'];
    /**
     * Take a published answer off the product (seller)
     * @description Sellers only, their shop's questions (a buyer or a platform agent gets 403). A question
     *     that is not published is 404 `not_found` (a repeat with the same `Idempotency-Key`
     *     replays the 204). The buyer's consent stays: the seller may publish it again.
     */
    delete: operations['unpublishQuestion'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund marked items (seller, platform)
     * @description Sellers and platform agents (a buyer gets 403). A seller: after-sales questions of
     *     their shop that are `awaiting_seller` or `awaiting_buyer` with `handler: seller`; a
     *     platform agent: after-sales questions that are `awaiting_platform` or `awaiting_buyer`
     *     with `handler: platform` (else 409 `invalid_state`).
     *     Refunds the given quantities of the order's items (each item at most once, from 1 to
     *     what is still unrefunded; `exceeds_ordered` beyond), adds them to the order's
     *     `refunded`, resolves the question, stops the clock and appends a `refunded` system
     *     message with the items and the amount.
     */
    post: operations['createRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request platform customer-service assistance (seller)
     * @description Sellers only (a buyer or a platform agent gets 403). Questions of their shop that are
     *     `awaiting_seller` or `awaiting_buyer` with `handler: seller` (else 409
     *     `invalid_state`). The question moves
     *     to `awaiting_platform`, its `handler` becomes `platform` (the seller can no longer
     *     reply, resolve or refund), the clock stops (the request counts as the seller's
     *     answer) and an `escalated` system message with the `reason` is appended.
     */
    post: operations['createEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/hand-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand a question back to the seller (platform)
     * @description Platform agents only (a buyer or a seller gets 403). Questions that are
     *     `awaiting_platform` (else 409 `invalid_state`): the agent decides the seller must
     *     answer after all. The question moves to `awaiting_seller`, its `handler` becomes
     *     `seller`, a new response clock starts (`replyDueAt` = now + `Config.slaHours`, counted
     *     in the seller's delayed-response rate like any other) and a `handed_back` system
     *     message with the agent's `reason` is appended, which the seller sees in the thread.
     *     A late after-sales question handed back is taken over again when the new clock runs
     *     out.
     */
    post: operations['createHandBack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a question for good (platform)
     * @description Platform agents only (a buyer or a seller gets 403). Questions whose `handler` is
     *     `platform` and that are not `closed` (else 409 `invalid_state`). The question becomes
     *     `closed` (final: nobody can write in it any more, the buyer asks a new question
     *     instead), the clock stops and a `closed` system message with the optional `reason` is
     *     appended. Send `{}` for no reason.
     */
    post: operations['closeQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rate an answer (buyer)
     * @description Buyers only (a seller gets 403), on their own questions. Rates one message written by
     *     the seller, once (409 `already_rated` for a second rating). A `messageId` that is not
     *     in the question is 422 `unknown`; a message not written by the seller is 422
     *     `not_allowed`. Appends no message; the question's `version` increases.
     */
    post: operations['createRating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a question read for the viewer
     * @description Every role, on questions they can see (else 404). Everything in the question up to now
     *     counts as read for the viewer's side (the buyer, or the shop): `unread` becomes false
     *     until the other side writes again. Takes no body; changes neither `version` nor
     *     `updatedAt`, and appears in no change feed. A platform agent's reading is accepted and
     *     changes nothing: an agent reading a question (for audit, too) does not mark the shop's
     *     messages read.
     */
    post: operations['markQuestionRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload an image
     * @description Every role. One image in the multipart field `file`: JPEG, PNG or WebP,
     *     recognised from the file's first bytes (the file name and the part's content type
     *     do not count); anything else is 415 `unsupported_type` (the reference server also
     *     refuses bytes that do not decode as an image). At most `Config.attachments.maxBytes` bytes (413 `file_too_large`).
     *     A body that is not `multipart/form-data` is 415; a form without `file` is 400.
     *
     *     The backend may re-encode the image to drop its metadata (the reference server does:
     *     EXIF, GPS and XMP are gone and the orientation is applied, and a photo larger than
     *     4,096 px on its long side is scaled to that), so `size` may differ from the upload's:
     *     the limit applies to the upload as sent, and a detailed photo within it is kept even
     *     when re-encoding made it somewhat larger.
     *     Re-encoding is the costly part of an upload: a backend may take uploads in turns and
     *     answer 503 `unavailable` with `Retry-After` while too many wait (the reference server
     *     re-encodes one at a time per process and lets 8 wait); nothing is stored then. The returned id goes into `attachmentIds` of a question or message of
     *     the same viewer; nobody else can attach it. For idempotency, an upload is compared by
     *     the file's name and size.
     */
    post: operations['uploadAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attachments/{attachmentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An attachment's image bytes
     * @description No token: anyone with the URL gets the image, so that `<img src>` works. The
     *     unguessable id is the permission, so attachment ids must be random and long enough
     *     not to be guessed or enumerated (the reference server uses 128 random bits; the
     *     mock's counters are for demos only). The response is the stored image with its
     *     `Content-Type`, `X-Content-Type-Options: nosniff`, `Content-Disposition: inline` with
     *     a sanitised file name, and a long private cache (`private, max-age=31536000,
     *     immutable`): the bytes behind an id never change. Backends may instead return signed
     *     URLs from another origin in `Attachment.url` and not serve this path.
     */
    get: operations['getAttachmentContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Response templates (seller, platform)
     * @description Sellers and platform agents (a buyer gets 403). Official templates for every topic in
     *     every supported language, plus, for a seller, the templates of their own shop
     *     (`source: seller`); another shop's templates are never listed, and a platform agent
     *     gets the official ones only. A template body may use the variables listed in
     *     `TemplateVariable`, written `{name}`.
     *
     *     The list is revalidated on every use (`Cache-Control: private, no-cache` with an
     *     `ETag`): a seller who changed a template sees the change at once, and an unchanged list
     *     costs a 304.
     */
    get: operations['listTemplates'];
    put?: never;
    /**
     * Create one of the shop's own templates (seller)
     * @description Sellers only (a buyer or a platform agent gets 403). The template belongs to the
     *     seller's shop (`source: seller`, `version: 1`). The rules (422 `validation_failed`,
     *     each problem at its field):
     *     - `title` required, at most 80 characters; `body` required, at most 2,000;
     *     - `language` one of `Config.languages` (`errors[].code = invalid` at `/language`);
     *     - every `{name}` in the body a `TemplateVariable`; another one is
     *       `errors[].code = unknown` at `/body`, whose `detail` names it and lists the allowed
     *       ones (`Unknown variable {foo}. Use {buyerName}, {shopName}, …`);
     *     - no duplicate: another template of the shop with the same topic, language and title
     *       (compared case-insensitively) is `duplicate` at `/title`; one of the shop's or an
     *       official template with the same topic, language and body is `duplicate` at `/body`.
     */
    post: operations['createTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/templates/{templateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete one of the shop's own templates (seller)
     * @description Sellers only (a buyer or a platform agent gets 403). An official template is read-only:
     *     403 `forbidden`; another shop's, or one already deleted, is 404 `not_found` (a repeat
     *     with the same `Idempotency-Key` replays the 204). With `expectedVersion` (the version
     *     the seller saw), a template changed meanwhile is 409 `version_conflict` with
     *     `currentVersion` and is not deleted: a change made in another tab, or by another
     *     seller, is not deleted unseen.
     */
    delete: operations['deleteTemplate'];
    options?: never;
    head?: never;
    /**
     * Change one of the shop's own templates (seller)
     * @description Sellers only (a buyer or a platform agent gets 403). Changes the fields sent; the
     *     result is checked with the rules of `createTemplate`. An official template is
     *     read-only: 403 `forbidden` ("Official templates are read-only."). Another shop's
     *     template answers like one that does not exist: 404 `not_found`. With
     *     `expectedVersion`, a template changed meanwhile is 409 `version_conflict` with
     *     `currentVersion` (no change is lost to a second tab). Each change adds 1 to `version`.
     */
    patch: operations['updateTemplate'];
    trace?: never;
  };
  '/translations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Translate a text
     * @description Every role. Safe to repeat; takes no idempotency key. The original is never
     *     changed. Without `from`, the backend detects the language. `engine` says what
     *     translated it; `demo` is demo data, not a translation.
     *
     *     A backend without a translation service answers 503 `translation_unavailable` with
     *     `Retry-After` (the reference server does when no provider is configured, except in
     *     demo mode); so does one whose service is down, out of quota or refuses its key. It
     *     never answers a stand-in text as a translation. Translations may be limited per
     *     viewer: 429 `rate_limited` with `Retry-After` (the reference server allows
     *     `TRANSLATION_PER_HOUR` per viewer; a translation it has already made and kept does
     *     not count).
     */
    post: operations['translate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Seller performance over a trailing window or a date range (seller)
     * @description Sellers only (a buyer or a platform agent gets 403), for their shop. The window is the
     *     `windowDays` days before now: it starts just after `windowStart` and ends at
     *     `windowEnd` (now). With `from` and `to` instead (both, and not with `windowDays`), it
     *     is that range: just after `from` up to and including `to`, and `windowDays` in the
     *     response is its length in days, rounded up. A range is counted as it stood at `to`: a
     *     reply given after `to` is not known there, so a reply due by `to` and given after it
     *     is late, and one due after `to` is not (yet) late, whatever happened later. `from`
     *     must be before `to`, the range at most 366 days, and `to` not in the future (400
     *     otherwise; a `to` up to 5 minutes ahead of the backend's clock, as clocks differ, means
     *     now).
     *
     *     - A question counts in `responses.needed` when a reply the seller owed overlaps the
     *       window: requested by its end (a buyer message started the clock) and due after its
     *       start. A reply never given thus stays in the window until its due time leaves it. A
     *       question counts once, however many replies it needed.
     *     - It is `late` as soon as one of those replies is still missing past its `replyDueAt`,
     *       or came after it. Nothing the seller does later makes it on time: a reply,
     *       escalation, resolve or refund after the due time is a late response, and a question
     *       taken over by the platform for being late stays late. An escalation before the due
     *       time counts as the seller's response (on time).
     *     - `ratings` counts ratings given in the window (by the rating's time, not the
     *       answer's).
     *     - `awaiting` counts the questions `awaiting_seller` now, whatever the window.
     */
    get: operations['getSellerMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The shop's questions created in a date range, one row each (seller)
     * @description Sellers only (a buyer or a platform agent gets 403), their shop's questions only. The
     *     questions created just after `from` up to and including `to`, oldest first, a page at a
     *     time (`limit` up to 500; follow `nextCursor`), each as one row of an export: what the
     *     seller's CSV holds. `from` must be before `to`, the range at most 366 days, and `to`
     *     not in the future (400 otherwise; up to 5 minutes ahead of the backend's clock means
     *     now). `late` is decided now, as the delayed-response rate
     *     decides it: a reply the seller owed came after its due time, or is still missing past
     *     it.
     */
    get: operations['exportQuestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/platform/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The platform customer-service queue's figures (platform)
     * @description Platform agents only (a buyer or a seller gets 403). How many questions are
     *     `awaiting_platform` now, across every shop, since when the longest-waiting one waits,
     *     and the same per shop (the shops with at least one, longest wait first, at most 200;
     *     `shops` then holds the 200 longest-waiting shops and `count` still counts them all).
     *     A question waits since it last became `awaiting_platform` (created so, escalated,
     *     taken over, or reopened by the buyer).
     */
    get: operations['getPlatformQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Change feed (polling)
     * @description Every role. Questions the viewer can see that were created or changed after
     *     `since` (a cursor from an earlier response; omit it to get only a cursor), one entry
     *     per question with its latest `version` (`kind: created` when it is new since the
     *     cursor). Poll again after `pollAfterSeconds`. Marking a question read is not a change.
     *     A cursor is opaque; one that is not from this feed is 400. The feed keeps a limited
     *     history (the reference server: 7 days by default, `CHANGES_RETENTION_HOURS`; the mock:
     *     the latest 5000 changes); a cursor older than that is 410 `cursor_expired`, and the
     *     client reloads its list and takes a new cursor (without `since`). A cursor says
     *     nothing of what happens elsewhere: it moves with the changes the viewer can see (and
     *     with the feed's history being cut), never with another shop's or buyer's, so that
     *     polling it does not tell anyone how much is written in every shop (platform agents,
     *     who see every shop, get the feed's newest); it never goes back.
     */
    get: operations['listChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/email-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The viewer's email notifications
     * @description Every role. Which notification emails the viewer gets, and the address they go to
     *     (`email`, from the operator's catalogue; null when there is none, and then no email is
     *     sent). A person who never chose gets every email, new questions at once. Sellers get
     *     `newQuestions` and `deadlineWarnings`, buyers `answers`; the other settings are kept
     *     but send nothing to that role. Served by the reference server only (the mock sends no
     *     email): `x-server-only: true`.
     */
    get: operations['getEmailPreferences'];
    /**
     * Choose the viewer's email notifications
     * @description Every role. Replaces the viewer's choices; answers them as they now are. Safe to
     *     repeat: takes no idempotency key. `newQuestions: daily` collects a seller's new
     *     questions into one email a day. `x-server-only: true` (see `getEmailPreferences`).
     */
    put: operations['setEmailPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/email/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The unsubscribe page of an email's link
     * @description No token needed: the link's signed `token` names the person and the kind of email. A
     *     small page in the person's language with a button that posts to the same URL; opening
     *     the link changes nothing (mail scanners follow links). A token that is not valid (not
     *     signed by this server) is 400. `x-server-only: true`.
     */
    get: operations['showUnsubscribe'];
    put?: never;
    /**
     * Unsubscribe (one click)
     * @description No token needed; takes no idempotency key (repeating it changes nothing more). Turns
     *     off the kind of email the link came with (a seller's new questions, deadline warnings,
     *     a buyer's answers) for the person the token names. Mail clients call it for the
     *     `List-Unsubscribe-Post: List-Unsubscribe=One-Click` header every email carries (RFC
     *     8058), with the body `List-Unsubscribe=One-Click`; the page's button does the same.
     *     Answers a small page saying it is done. A token that is not valid is 400.
     *     `x-server-only: true`.
     */
    post: operations['unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The viewer's webhook endpoints (seller, platform; server only)
     * @description A seller sees its shop's endpoints; a platform agent sees the platform's endpoints
     *     (which receive every shop's events). A buyer gets 403. Answered by the reference server
     *     only (`x-server-only`): the elements never call it. At most 20 endpoints per shop and
     *     20 for the platform.
     */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Register a webhook endpoint (seller, platform; server only)
     * @description A seller's endpoint receives its shop's events; a platform agent's, every shop's. The
     *     endpoint receives the events that happen from now on (of `eventTypes`; every type when
     *     it is absent or null), each as a POST signed per the Standard Webhooks specification.
     *     The answer carries the signing secret (`whsec_…`); it is shown only here and when it
     *     is rotated. The `url` must be `https://`; `http://localhost`, `http://127.0.0.1` and
     *     `http://[::1]` only where the server allows them (demo mode or
     *     `WEBHOOK_ALLOW_HTTP_LOCALHOST=1`). A URL that is not allowed is 400 with
     *     `errors[0].pointer = /url`. More than 20 endpoints is 409 `invalid_state`. Takes no
     *     `Idempotency-Key`: a repeated request makes a second endpoint.
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-endpoints/{endpointId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    /**
     * A webhook endpoint (seller, platform; server only)
     * @description Another shop's endpoint (or, for a seller, the platform's; for a platform agent, a
     *     shop's) is 404.
     */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint (seller, platform; server only)
     * @description The endpoint and its delivery log are removed; nothing more is sent to it.
     */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint (seller, platform; server only)
     * @description Changes the fields sent; the others stay. `eventTypes: null` receives every type
     *     again. A disabled endpoint (`enabled: false`) receives nothing and its pending retries
     *     wait; events that happen while it is disabled are not sent later. Bad URLs as for
     *     `createWebhookEndpoint`.
     */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/webhook-endpoints/{endpointId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a webhook endpoint a new secret (seller, platform; server only)
     * @description Answers the new secret. For 24 hours (`previousSecretExpiresAt`) every delivery
     *     carries two signatures in `webhook-signature`, one with each secret, so a receiver
     *     can switch to the new secret without missing a delivery.
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-endpoints/{endpointId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    /**
     * An endpoint's delivery log (seller, platform; server only)
     * @description One entry per event sent (or to be sent) to the endpoint, newest first: its status,
     *     how many attempts were made, the last response's HTTP status (or the error: a timeout,
     *     a refused connection, a redirect, which is not followed), and when the next attempt is
     *     due.
     */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
        deliveryId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a delivery again (seller, platform; server only)
     * @description The delivery is attempted again at once, with the same `webhook-id` and body (a new
     *     timestamp and signature), and retried as a new one if it fails (for another 24 hours).
     *     Any delivery may be sent again: a failed one, or a delivered one the receiver lost.
     */
    post: operations['redeliverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  'question.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A question was asked
     * @description Sent to the endpoints that receive `question.created` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['questionCreatedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'message.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A message was added (buyer, seller or platform)
     * @description Sent to the endpoints that receive `message.created` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['messageCreatedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'question.escalated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The seller escalated a question
     * @description Sent to the endpoints that receive `question.escalated` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['questionEscalatedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'question.resolved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A question was resolved
     * @description Sent to the endpoints that receive `question.resolved` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['questionResolvedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'rating.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The buyer rated an answer
     * @description Sent to the endpoints that receive `rating.created` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['ratingCreatedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'question.sla_warning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The seller's answer is due soon
     * @description Sent to the endpoints that receive `question.sla_warning` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['questionSlaWarningWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'question.late': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The seller's answer is late
     * @description Sent to the endpoints that receive `question.late` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['questionLateWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'question.taken_over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Platform customer service took a late issue over
     * @description Sent to the endpoints that receive `question.taken_over` (see "Webhooks" in the introduction for the
     *     headers, the signature and the retries).
     */
    post: operations['questionTakenOverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * @description An opaque id. Ids that appear in paths (shops, products, orders, questions,
     *     attachments) must also fit `^[A-Za-z0-9_-]{1,64}$`: the reference backends answer 404
     *     for any other path segment.
     */
    Id: string;
    /** @description A BCP 47 language tag such as `de` or `pt-PT`. */
    Language: string;
    /** @description ISO 3166-1 alpha-2. */
    CountryCode: string;
    /** Format: date-time */
    Timestamp: string;
    Money: {
      /** @description Amount in the currency's minor unit (cents). */
      amountMinor: number;
      /** @description ISO 4217 code. */
      currency: string;
    };
    Address: {
      name: string;
      line1: string;
      line2?: string;
      /** @description As the country writes it. A backend takes it as the buyer obviously meant it and stores it that way: trimmed, in upper case, spaces collapsed, and with the country's separator put in when the code has the right characters without it (PL `30529` is `30-529`, PT `1000001` is `1000-001`, NL `1234ab` is `1234 AB`); a code that does not fit the country's pattern then is 422 `invalid` at its pointer. The reference rule is `normalizePostalCode` in `src/domain/address.ts`. */
      postalCode: string;
      city: string;
      region?: string;
      country: components['schemas']['CountryCode'];
      phone?: string;
    };
    /** @enum {string} */
    Category: 'pre_sale' | 'after_sale' | 'order_service';
    /**
     * @description `pre_sale`: product, shop. `after_sale`: return_refund, item_defective, item_damaged,
     *     item_missing. `order_service`: change_item, remove_item, change_address, order_status,
     *     tracking.
     * @enum {string}
     */
    Topic:
      | 'product'
      | 'shop'
      | 'return_refund'
      | 'item_defective'
      | 'item_damaged'
      | 'item_missing'
      | 'change_item'
      | 'remove_item'
      | 'change_address'
      | 'order_status'
      | 'tracking';
    /**
     * @description What a `product` question is about.
     * @enum {string}
     */
    ProductSubject: 'size' | 'colour' | 'material' | 'stock' | 'shipping' | 'other';
    /** @enum {string} */
    QuestionStatus:
      'awaiting_seller' | 'awaiting_buyer' | 'awaiting_platform' | 'resolved' | 'closed';
    /**
     * @description Who must answer. Set when the question is created (routing); becomes `platform` when
     *     the seller escalates or when platform customer service takes a late after-sales
     *     question over, and `seller` again when a platform agent hands it back. A seller can
     *     act only while it is `seller`, a platform agent only while it is `platform`.
     * @enum {string}
     */
    Handler: 'seller' | 'platform';
    /** @enum {string} */
    AuthorRole: 'buyer' | 'seller' | 'platform' | 'system';
    /** @enum {string} */
    OrderStatus: 'placed' | 'processing' | 'shipped' | 'in_transit' | 'delivered' | 'cancelled';
    /**
     * @description The variables a template body may use.
     * @enum {string}
     */
    TemplateVariable:
      | 'buyerName'
      | 'shopName'
      | 'sellerName'
      | 'productName'
      | 'orderNumber'
      | 'trackingNumber'
      | 'trackingUrl'
      | 'carrier'
      | 'deliveryDate'
      | 'refundAmount';
    /** @description RFC 9457 problem details. */
    Problem: {
      /** @description A URI reference naming the problem type. */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      code: components['schemas']['ProblemCode'];
      /** @description For `validation_failed`, one entry per invalid field. */
      errors?: components['schemas']['FieldError'][];
      /** @description For `version_conflict`, the question's version now. */
      currentVersion?: number;
      /** @description For 429 and 503, seconds to wait (as in the Retry-After header). */
      retryAfter?: number;
    };
    /**
     * @description Machine-readable problem code.
     * @enum {string}
     */
    ProblemCode:
      | 'bad_request'
      | 'idempotency_key_missing'
      | 'idempotency_key_reused'
      | 'unauthenticated'
      | 'forbidden'
      | 'not_found'
      | 'version_conflict'
      | 'invalid_state'
      | 'already_rated'
      | 'validation_failed'
      | 'file_too_large'
      | 'unsupported_type'
      | 'rate_limited'
      | 'cursor_expired'
      | 'translation_unavailable'
      | 'server_error'
      | 'unavailable';
    FieldError: {
      /** @description JSON pointer into the request body, e.g. `/text` or `/items/0/quantity`. */
      pointer: string;
      /**
       * @description Machine-readable reason: required, too_long, too_short, too_many, too_large,
       *     unsupported_type, invalid, not_allowed, exceeds_ordered, unknown.
       */
      code: string;
      detail: string;
    };
    Config: {
      apiVersion: string;
      /**
       * @description Hours the seller has to answer (48 by default): a buyer message that needs the
       *     seller sets `replyDueAt` to its time plus `slaHours`.
       */
      slaHours: number;
      /**
       * @description The seller's countdown warns when fewer than this many hours remain before
       *     `replyDueAt` (12 by default). Display only; the backend does not act on it.
       */
      warnHours: number;
      /**
       * @description The countdown turns urgent when fewer than this many hours remain (2 by default;
       *     below `warnHours`). Display only.
       */
      urgentHours: number;
      /** @description Buyer countries the seller serves directly (EU/EEA by default). */
      servedRegions: components['schemas']['CountryCode'][];
      /**
       * @description Order totals at or above these (one per currency) make an order high-value: its
       *     after-sales refund issues go to the seller. An order in a currency not listed here
       *     is not high-value.
       */
      highValueThresholds: components['schemas']['Money'][];
      /**
       * @description The longest message text the backend accepts, in characters (code points); 2000
       *     by default. Longer is 422 with `errors[].code = too_long` at `/text`.
       */
      maxMessageLength: number;
      attachments: components['schemas']['AttachmentLimits'];
      languages: components['schemas']['Language'][];
      defaultLanguage: components['schemas']['Language'];
      /** @description The metrics window the seller sees by default, in days (30). */
      metricsWindowDays: number;
      /** @description How often the elements poll `/changes` (10 by default). */
      pollIntervalSeconds: number;
    };
    AttachmentLimits: {
      /** @description Most attachments on one question or message (5 by default). */
      maxCount: number;
      /** @description Largest upload in bytes (5 MiB, 5242880, by default). */
      maxBytes: number;
      types: components['schemas']['ImageType'][];
    };
    /**
     * @description The image types an attachment may be, recognised from the file's bytes.
     * @enum {string}
     */
    ImageType: 'image/jpeg' | 'image/png' | 'image/webp';
    /** @description A person's choice of notification emails (see `getEmailPreferences`). */
    EmailPreferences: {
      /** @description Where the emails go (from the catalogue); null when the person has none. */
      email: string | null;
      newQuestions: components['schemas']['EmailFrequency'];
      /** @description A seller is warned at `warnHours` and `urgentHours` before a deadline. */
      deadlineWarnings: boolean;
      /** @description A buyer is told when the seller or customer service answers. */
      answers: boolean;
    };
    EmailPreferencesUpdate: {
      newQuestions: components['schemas']['EmailFrequency'];
      deadlineWarnings: boolean;
      answers: boolean;
    };
    /**
     * @description New questions for a seller: `immediate` (one email each), `daily` (one summary a day,
     *     at the server's digest hour) or `off`.
     * @enum {string}
     */
    EmailFrequency: 'immediate' | 'daily' | 'off';
    Viewer: {
      role: components['schemas']['ViewerRole'];
      id: components['schemas']['Id'];
      name: string;
      country: components['schemas']['CountryCode'];
      language: components['schemas']['Language'];
      shopId?: components['schemas']['Id'];
    };
    /**
     * @description `buyer`; `seller`, acting for one shop (`Viewer.shopId`); `platform`, an agent of the
     *     platform's customer service, working every shop.
     * @enum {string}
     */
    ViewerRole: 'buyer' | 'seller' | 'platform';
    Shop: {
      id: components['schemas']['Id'];
      name: string;
      language: components['schemas']['Language'];
    };
    Product: {
      id: components['schemas']['Id'];
      shopId: components['schemas']['Id'];
      name: string;
      imageUrl?: string;
      price: components['schemas']['Money'];
      /**
       * @description The product's shop, in `GET /products/{productId}` (so a product page needs no
       *     second request for it); absent in lists.
       */
      shop?: components['schemas']['Shop'];
    };
    ProductList: {
      items: components['schemas']['Product'][];
      /** @description More products match than were listed (`limit`). */
      more: boolean;
    };
    ProductRef: {
      id: components['schemas']['Id'];
      name: string;
      imageUrl?: string;
    };
    BuyerRef: {
      id: components['schemas']['Id'];
      name: string;
      country: components['schemas']['CountryCode'];
      language: components['schemas']['Language'];
    };
    ItemQuantity: {
      itemId: components['schemas']['Id'];
      quantity: number;
    };
    /** @description Topic-specific details. */
    QuestionDetails: {
      subject?: components['schemas']['ProductSubject'];
      /**
       * @description For `change_item` (required there, not blank), the wanted change (e.g. "size M
       *     instead of L"), at most 500 characters.
       */
      change?: string;
      address?: components['schemas']['Address'];
    };
    /** @description A question as listed; `QuestionDetail` adds its messages. */
    Question: {
      id: components['schemas']['Id'];
      shopId: components['schemas']['Id'];
      category: components['schemas']['Category'];
      topic: components['schemas']['Topic'];
      details?: components['schemas']['QuestionDetails'];
      buyer: components['schemas']['BuyerRef'];
      product?: components['schemas']['ProductRef'];
      orderId?: components['schemas']['Id'];
      orderNumber?: string;
      /** @description Order items the question is about, with quantities. */
      items: components['schemas']['ItemQuantity'][];
      status: components['schemas']['QuestionStatus'];
      handler: components['schemas']['Handler'];
      /**
       * @description When the seller's answer is due; null when no seller answer is awaited. Set when a
       *     buyer message needs the seller (`createdAt` of that message + `slaHours`); a further
       *     buyer message while it runs keeps it. Cleared by the seller's reply, resolve,
       *     refund or escalation, and when the platform takes the question over.
       */
      replyDueAt: components['schemas']['Timestamp'] | null;
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      /**
       * @description `createdAt` of the question's last message, system messages included (so a
       *     resolve or a refund moves it).
       */
      lastMessageAt: components['schemas']['Timestamp'];
      /**
       * @description The first 140 characters (code points) of the text of the last message that is not
       *     a system message, as plain text; empty when there is none.
       */
      snippet: string;
      /**
       * @description The last message written by the other side (for a buyer: by the seller or the
       *     platform; for a seller: by the buyer; system messages never count) is newer than
       *     the viewer's side last read the question. The viewer's own messages and
       *     `markQuestionRead` count as reading; a new question is read for its buyer.
       */
      unread: boolean;
      /** @description Messages written by the buyer, the seller or the platform; system messages do not count. */
      messageCount: number;
      /**
       * @description Starts at 1 and increases by one with every change (a message, a state change, a
       *     rating); reading does not change it. Send it back as `expectedVersion`.
       */
      version: number;
      /**
       * @description Pre-sales questions: whether the buyer agreed, when asking, that the seller may
       *     publish the question and the answer without the buyer's name (`QuestionCreate`).
       *     Absent on other questions.
       */
      publicConsent?: boolean;
      publication?: components['schemas']['Publication'];
    };
    QuestionDetail: components['schemas']['Question'] & {
      messages: components['schemas']['Message'][];
      refunds: components['schemas']['Refund'][];
    };
    QuestionPage: {
      items: components['schemas']['Question'][];
      nextCursor: string | null;
      /** @description How many questions match the filters. */
      total: number;
      /**
       * @description On a first page (no `cursor` in the request): the change feed's cursor, taken
       *     before the list was read. Pass it as `since` to `GET /changes` to hear of every
       *     change after this list, without asking `GET /changes` for a cursor first (one round
       *     trip less). Absent on later pages.
       */
      changesCursor?: string;
    };
    /**
     * @description A message in a question's thread, oldest first. A system message (`author: system`)
     *     records a state change: it has an `event`, empty `text` and `authorName`,
     *     `language: en` and no attachments.
     */
    Message: {
      id: components['schemas']['Id'];
      author: components['schemas']['AuthorRole'];
      authorName: string;
      /** @description Plain text. Never HTML. Empty for system messages. */
      text: string;
      /**
       * @description The language of `text`: detected from it when the backend is confident and the
       *     language is one of `Config.languages`, else the `language` the author's client
       *     sent (the elements send the author's profile language). A message with `original`
       *     (a translation) keeps the `language` sent: it is the one it was translated into.
       */
      language: components['schemas']['Language'];
      attachments: components['schemas']['Attachment'][];
      createdAt: components['schemas']['Timestamp'];
      event?: components['schemas']['MessageEvent'];
      /** @description The buyer's rating; only on messages written by the seller. */
      rating?: components['schemas']['Rating'];
      /**
       * @description Present when the author wrote in their own language and sent `text` as a
       *     translation of it (reviewed, possibly edited, by them): what they wrote, its
       *     language and what translated it. Readers are shown `text`; the original can be
       *     viewed beside it ("Written in English · View original").
       */
      original?: components['schemas']['MessageOriginal'];
    };
    /**
     * @description A state change shown in the thread, on a message with `author: system`. Which fields
     *     each type carries is listed at `MessageEventType`.
     */
    MessageEvent: {
      type: components['schemas']['MessageEventType'];
      /** @description For `refunded`, the refunded items and quantities. */
      items?: components['schemas']['ItemQuantity'][];
      /** @description For `refunded`, the refunded amount. */
      amount?: components['schemas']['Money'];
      /**
       * @description For `escalated`, the seller's reason; for `handed_back`, the platform agent's; for
       *     `taken_over`, `late`; for `closed`, optionally why.
       */
      reason?: string;
    };
    /**
     * @description Which action appends which system message:
     *     - `resolved`: the seller resolved the question (`resolveQuestion`, or a reply with
     *       `resolve: true`, after the reply). No other fields.
     *     - `refunded`: the seller refunded items (`createRefund`); `items` and `amount` as in
     *       the refund.
     *     - `escalated`: the seller asked platform customer service for help
     *       (`createEscalation`); `reason` is the seller's.
     *     - `reopened`: a buyer follow-up on a `resolved` question reopened it (after the
     *       buyer's message). No other fields.
     *     - `taken_over`: platform customer service took over an after-sales question the
     *       seller had not answered by `replyDueAt`; `reason: late`. The backend does this when
     *       the due time passes, with no request needed (the reference server's clock runs by
     *       itself), and at the latest before it handles any request made after it (status
     *       `awaiting_platform`, handler `platform`, `replyDueAt` null); the message's
     *       `createdAt` is that moment, not the due time.
     *     - `handed_back`: a platform agent handed the question back to the seller
     *       (`createHandBack`); `reason` is the agent's.
     *     - `closed`: platform customer service closed the question for good
     *       (`closeQuestion`); optional `reason`.
     *     - `no_response_needed`: the seller (or the agent handling it) marked the buyer's
     *       latest message as needing no response (`markNoResponseNeeded`). No other fields.
     *       Shown to the seller and platform agents only: the buyer's view of the question
     *       leaves it out (the buyer just sees the question no longer awaiting the shop).
     *
     *     Rating an answer, marking read, and replies without `resolve` append none.
     * @enum {string}
     */
    MessageEventType:
      | 'resolved'
      | 'refunded'
      | 'escalated'
      | 'handed_back'
      | 'taken_over'
      | 'closed'
      | 'reopened'
      | 'no_response_needed';
    Rating: {
      satisfied: boolean;
      comment?: string;
      createdAt: components['schemas']['Timestamp'];
    };
    Refund: {
      id: components['schemas']['Id'];
      items: components['schemas']['ItemQuantity'][];
      amount: components['schemas']['Money'];
      createdAt: components['schemas']['Timestamp'];
    };
    Attachment: {
      id: components['schemas']['Id'];
      name: string;
      contentType: components['schemas']['ImageType'];
      /** @description Bytes as stored (after any re-encoding by the backend). */
      size: number;
      /**
       * @description Where the image is loaded by `<img src>`, without a token. A URL reference
       *     **relative to the API base URL** (the client's `baseUrl`, the elements' `api-base`,
       *     with a `/` appended), resolved as a browser resolves a link: an absolute URL (e.g.
       *     a signed `https:` URL of an image CDN) stays as it is; an absolute path
       *     (`/api/v1/attachments/a_x/content`) is on the API's origin; a relative path
       *     (`attachments/a_x/content`) is under the API base. The client makes it absolute
       *     before an element sees it, so a page whose API is on another origin shows the
       *     photos from the API's origin, not its own. The reference backends return the API's
       *     own path, `<API base path>/attachments/{id}/content`.
       */
      url: string;
      width?: number;
      height?: number;
    };
    /**
     * @description The question as published on its product (present only while it is): what the seller
     *     chose to show. Both sides see it on the question.
     */
    Publication: {
      /** @description The published answer's id in `GET /products/{productId}/public-answers`. */
      id: components['schemas']['Id'];
      question: string;
      answer: string;
      /** @description The seller's message the answer was taken from. */
      answerMessageId: components['schemas']['Id'];
      publishedAt: components['schemas']['Timestamp'];
    };
    PublicationRequest: {
      /**
       * @description The question as shown, plain text, at most 500 characters (code points). Default:
       *     the buyer's first message.
       */
      question?: string;
      /**
       * @description The seller's message that answers it (one of this question's, by the seller).
       *     Default: the seller's latest message. Another message: 422 `unknown`.
       */
      answerMessageId?: components['schemas']['Id'];
      /**
       * @description The answer as shown, plain text, at most `Config.maxMessageLength` characters.
       *     Default: the text of `answerMessageId`.
       */
      answer?: string;
    };
    /**
     * @description A published question and the seller's answer, as the seller worded them; nothing about
     *     the buyer.
     */
    PublicAnswer: {
      id: components['schemas']['Id'];
      question: string;
      answer: string;
      /** @description The language the buyer asked in. */
      language: components['schemas']['Language'];
      /** @description When the seller wrote the answer's message. */
      answeredAt: components['schemas']['Timestamp'];
      publishedAt: components['schemas']['Timestamp'];
    };
    PublicAnswerPage: {
      items: components['schemas']['PublicAnswer'][];
      nextCursor: string | null;
    };
    QuestionCreate: {
      category: components['schemas']['Category'];
      topic: components['schemas']['Topic'];
      details?: components['schemas']['QuestionDetails'];
      shopId: components['schemas']['Id'];
      productId?: components['schemas']['Id'];
      orderId?: components['schemas']['Id'];
      /**
       * @description For topics about items: items of the order, each at most once, quantity from 1 to
       *     what is still unrefunded. Ignored for other topics. At most 100.
       */
      items?: components['schemas']['ItemQuantity'][];
      /**
       * @description Plain text, not blank, at most `Config.maxMessageLength` characters (code points;
       *     2000 by default): `required` / `too_long` at `/text`.
       */
      text: string;
      language: components['schemas']['Language'];
      /**
       * @description Ids of the viewer's own uploads, at most `Config.attachments.maxCount` (5 by
       *     default): `too_many` at `/attachmentIds`, `unknown` at `/attachmentIds/<i>` for an
       *     id that is not the viewer's upload.
       */
      attachmentIds?: components['schemas']['Id'][];
      /**
       * @description Pre-sales questions about a product only (else 422 `not_allowed` at
       *     `/publicConsent`): the buyer agrees that the seller may publish this question and
       *     the seller's answer on the product, without the buyer's name or photos
       *     (`publishQuestion`). Default false; kept on the question as `publicConsent`.
       */
      publicConsent?: boolean;
    };
    MessageCreate: {
      /**
       * @description Plain text, not blank, at most `Config.maxMessageLength` characters (code points;
       *     2000 by default): `required` / `too_long` at `/text`.
       */
      text: string;
      language: components['schemas']['Language'];
      /**
       * @description Ids of the viewer's own uploads, at most `Config.attachments.maxCount` (5 by
       *     default): `too_many` at `/attachmentIds`, `unknown` at `/attachmentIds/<i>` for an
       *     id that is not the viewer's upload.
       */
      attachmentIds?: components['schemas']['Id'][];
      /** @description Seller only (ignored for a buyer); also resolve the question. */
      resolve?: boolean;
      /**
       * @description "Write in your language, send in theirs": what the author wrote in their own
       *     language when `text` (in `language`, the reader's) is its translation. Kept and
       *     returned with the message (`Message.original`). `original.text` follows the rules
       *     of `text` (`required` / `too_long` at `/original/text`); `original.language` must
       *     be another language than `language` (`invalid` at `/original/language`).
       */
      original?: components['schemas']['MessageOriginal'];
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    /**
     * @description The text a message's author wrote in their own language, of which the message's
     *     `text` is a translation.
     */
    MessageOriginal: {
      /**
       * @description Plain text, not blank, at most `Config.maxMessageLength` characters (code points;
       *     2000 by default).
       */
      text: string;
      language: components['schemas']['Language'];
      engine: components['schemas']['MessageTranslationEngine'];
    };
    /**
     * @description What translated a message's original, as the author's client reports it: `device`
     *     (the browser's on-device translator), or the backend's `TranslationEngine`
     *     (`libretranslate`, `deepl`, `demo`: demo data, not a translation). The author may
     *     have edited the translation before sending it.
     * @enum {string}
     */
    MessageTranslationEngine: 'device' | 'libretranslate' | 'deepl' | 'demo';
    /**
     * @description The question's `version` the client saw; when it is not the current one the backend
     *     answers 409 `version_conflict` with `currentVersion` and does nothing. Optional.
     */
    ExpectedVersion: number;
    ResolveRequest: {
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    RefundCreate: {
      /**
       * @description Items of the question's order, each at most once, quantity from 1 to what is still
       *     unrefunded (`exceeds_ordered` beyond). At most 100.
       */
      items: components['schemas']['ItemQuantity'][];
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    EscalationCreate: {
      /** @description Why the seller needs help; not blank, at most 1000 characters. */
      reason: string;
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    HandBackCreate: {
      /**
       * @description Why the seller must answer (shown to the seller in the thread); not blank, at most
       *     1000 characters.
       */
      reason: string;
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    CloseRequest: {
      /** @description Optional, at most 1000 characters; kept trimmed, dropped when blank. */
      reason?: string;
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    /** @description The `awaiting_platform` questions now, across every shop and per shop. */
    PlatformQueue: {
      count: number;
      /** @description Since when the longest-waiting question waits; null when none waits. */
      oldestSince: components['schemas']['Timestamp'] | null;
      shops: components['schemas']['PlatformQueueShop'][];
    };
    PlatformQueueShop: {
      shopId: components['schemas']['Id'];
      shopName: string;
      count: number;
      oldestSince: components['schemas']['Timestamp'];
    };
    RatingCreate: {
      /** @description A message of the question written by the seller. */
      messageId: components['schemas']['Id'];
      satisfied: boolean;
      /** @description Optional, at most 500 characters; kept trimmed, dropped when blank. */
      comment?: string;
    };
    Template: {
      id: components['schemas']['Id'];
      topic: components['schemas']['Topic'];
      language: components['schemas']['Language'];
      title: string;
      /** @description Plain text with `{variable}` placeholders. */
      body: string;
      /** @description The variables the body uses, in order of first use. */
      variables: components['schemas']['TemplateVariable'][];
      source: components['schemas']['TemplateSource'];
      /**
       * @description A seller template's version: 1 when created, 1 more with each change (send it as
       *     `expectedVersion`). Official templates have none.
       */
      version?: number;
      /** @description When a seller template was created or last changed. */
      updatedAt?: components['schemas']['Timestamp'];
    };
    TemplateCreate: {
      topic: components['schemas']['Topic'];
      /** @description One of `Config.languages`. */
      language: components['schemas']['Language'];
      /** @description Required, at most 80 characters. */
      title: string;
      /** @description Required, at most 2,000 characters; `{variable}` placeholders. */
      body: string;
    };
    TemplateUpdate: {
      topic?: components['schemas']['Topic'];
      language?: components['schemas']['Language'];
      title?: string;
      body?: string;
      expectedVersion?: components['schemas']['ExpectedVersion'];
    };
    /** @enum {string} */
    TemplateSource: 'official' | 'seller';
    TemplateList: {
      items: components['schemas']['Template'][];
    };
    TranslationRequest: {
      text: string;
      from?: components['schemas']['Language'];
      to: components['schemas']['Language'];
    };
    Translation: {
      text: string;
      /**
       * @description The text's language: `from` as sent, else the one the engine detected (`und` when
       *     it could not tell).
       */
      from: components['schemas']['Language'];
      to: components['schemas']['Language'];
      engine: components['schemas']['TranslationEngine'];
    };
    /**
     * @description What produced the translation, for the reader to see (e.g. "Translated by DeepL"):
     *     `libretranslate` (a LibreTranslate-compatible service) or `deepl` (DeepL's API), or
     *     `demo`: demo data (the mock, and the reference server in demo mode), known phrases in
     *     several languages and otherwise the text marked `[de → en]`, never a real
     *     translation.
     * @enum {string}
     */
    TranslationEngine: 'libretranslate' | 'deepl' | 'demo';
    QuestionExportPage: {
      items: components['schemas']['QuestionExportRow'][];
      /** @description The next page's cursor; null on the last page. */
      nextCursor: string | null;
      /** @description How many questions the range holds (for progress). */
      total: number;
    };
    /** @description One question of a seller's export. */
    QuestionExportRow: {
      id: components['schemas']['Id'];
      createdAt: components['schemas']['Timestamp'];
      category: components['schemas']['Category'];
      topic: components['schemas']['Topic'];
      /** @description The product asked about; null when none. */
      product: {
        id: components['schemas']['Id'];
        name: string;
      } | null;
      /** @description The order asked about; null when none. */
      order: {
        id: components['schemas']['Id'];
        number: string;
      } | null;
      /** @description The buyer's display name, as the buyer typed it (untrusted text). */
      buyerName: string;
      status: components['schemas']['QuestionStatus'];
      handler: components['schemas']['Handler'];
      /** @description The language of the buyer's first message (else the buyer's). */
      language: components['schemas']['Language'];
      /** @description Messages written by people (not system messages). */
      messageCount: number;
      /** @description When the seller first responded, as the response clock and the delayed-response rate (GET /metrics) count it. The earliest time a reply the seller owed was ended, by a reply, a refund, a resolve, an escalation or "no response needed" (or the platform answering or closing the question); null while none was. */
      firstAnswerAt: components['schemas']['Timestamp'] | null;
      /** @description Whether any reply the seller owed came after its due time or is missing past it (now). */
      late: boolean;
      /** @description The buyer's latest rating of the seller's answers; null when not rated. */
      satisfied: boolean | null;
      /** @description When the question was last resolved, while it is resolved or was closed after it was resolved; null while it is open again or was closed without being resolved. */
      resolvedAt: components['schemas']['Timestamp'] | null;
      updatedAt: components['schemas']['Timestamp'];
    };
    SellerMetrics: {
      windowDays: number;
      windowStart: components['schemas']['Timestamp'];
      windowEnd: components['schemas']['Timestamp'];
      ratings: {
        satisfied: number;
        total: number;
      };
      /** @description Satisfied ratings / all ratings, 0..1; null with no ratings. */
      csat: number | null;
      responses: {
        /** @description Questions with a seller answer owed in the window (requested by its end and due after its start). */
        needed: number;
        /** @description Of those, answered after `replyDueAt` or unanswered past it (whatever happened after). */
        late: number;
      };
      /** @description late / needed, 0..1; null when no answer was needed. */
      delayedRate: number | null;
      standing: components['schemas']['Standing'];
      /** @description Questions awaiting the seller now, per category. */
      awaiting: {
        pre_sale: number;
        after_sale: number;
        order_service: number;
      };
    };
    /**
     * @description good: CSAT above 85 % and delayed-response rate below 5 %. at_risk: delayed-response
     *     rate above 45 % or CSAT below 60 % (exposure may be limited, the account suspended).
     *     insufficient_data: neither rule can be decided (no ratings, or no answers needed).
     *     warning: otherwise.
     * @enum {string}
     */
    Standing: 'good' | 'warning' | 'at_risk' | 'insufficient_data';
    OrderItem: {
      id: components['schemas']['Id'];
      productId: components['schemas']['Id'];
      title: string;
      variant?: string;
      imageUrl?: string;
      quantity: number;
      unitPrice: components['schemas']['Money'];
    };
    TrackingEvent: {
      at: components['schemas']['Timestamp'];
      description: string;
      location?: string;
    };
    Tracking: {
      carrier: string;
      number: string;
      url?: string;
      lastEvent?: components['schemas']['TrackingEvent'];
      estimatedDelivery?: components['schemas']['Timestamp'];
    };
    Order: {
      id: components['schemas']['Id'];
      number: string;
      buyer: components['schemas']['BuyerRef'];
      shopId: components['schemas']['Id'];
      status: components['schemas']['OrderStatus'];
      placedAt: components['schemas']['Timestamp'];
      deliveredAt?: components['schemas']['Timestamp'];
      items: components['schemas']['OrderItem'][];
      total: components['schemas']['Money'];
      shippingAddress: components['schemas']['Address'];
      tracking?: components['schemas']['Tracking'];
      /** @description Refunds on this order are funded by the seller. */
      sellerFunded: boolean;
      /** @description Quantities already refunded, per item. */
      refunded: components['schemas']['ItemQuantity'][];
      /**
       * @description The order's shop, in `GET /orders/{orderId}` (so the order's help needs no second
       *     request for it); absent in `GET /orders`.
       */
      shop?: components['schemas']['Shop'];
    };
    OrderPage: {
      items: components['schemas']['Order'][];
      nextCursor: string | null;
    };
    Change: {
      questionId: components['schemas']['Id'];
      version: number;
      updatedAt: components['schemas']['Timestamp'];
      kind: components['schemas']['ChangeKind'];
    };
    /** @enum {string} */
    ChangeKind: 'created' | 'updated';
    ChangeFeed: {
      changes: components['schemas']['Change'][];
      cursor: string;
      pollAfterSeconds: number;
    };
    /**
     * @description The events webhooks deliver (see the top-level `webhooks`). Each is written in the
     *     same transaction as the change it reports, in the `events` table of the reference
     *     server (an outbox), and delivered from there.
     * @enum {string}
     */
    WebhookEventType:
      | 'question.created'
      | 'message.created'
      | 'question.escalated'
      | 'question.resolved'
      | 'rating.created'
      | 'question.sla_warning'
      | 'question.late'
      | 'question.taken_over';
    WebhookEndpointCreate: {
      /** @description Where the events are POSTed; `https://` (see `createWebhookEndpoint`). */
      url: string;
      description?: string;
      /** @description The event types to receive; absent or null, every type (also ones added later). */
      eventTypes?: components['schemas']['WebhookEventType'][] | null;
      /** @default true */
      enabled: boolean;
    };
    WebhookEndpointUpdate: {
      url?: string;
      description?: string;
      eventTypes?: components['schemas']['WebhookEventType'][] | null;
      enabled?: boolean;
    };
    WebhookEndpoint: {
      id: components['schemas']['Id'];
      url: string;
      description: string;
      /** @description The event types it receives; null, every type. */
      eventTypes: components['schemas']['WebhookEventType'][] | null;
      enabled: boolean;
      /** @description The shop whose events it receives; null for a platform endpoint (every shop's). */
      shopId: components['schemas']['Id'] | null;
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      /** @description After a rotation, until when the old secret signs too; null otherwise. */
      previousSecretExpiresAt: components['schemas']['Timestamp'] | null;
    };
    WebhookEndpointWithSecret: components['schemas']['WebhookEndpoint'] & {
      /**
       * @description The signing secret, `whsec_` and base64 (Standard Webhooks). Shown only when the
       *     endpoint is made and when the secret is rotated: keep it.
       */
      secret: string;
    };
    WebhookEndpointList: {
      items: components['schemas']['WebhookEndpoint'][];
    };
    /**
     * @description `pending`: an attempt is due at `nextAttemptAt` (or under way); `delivered`: the
     *     endpoint answered 2xx; `failed`: no attempt succeeded for 24 hours (redeliver to try
     *     again).
     * @enum {string}
     */
    WebhookDeliveryStatus: 'pending' | 'delivered' | 'failed';
    WebhookDelivery: {
      id: components['schemas']['Id'];
      /** @description The `webhook-id` header of every attempt (the event's id). */
      messageId: string;
      eventType: components['schemas']['WebhookEventType'];
      status: components['schemas']['WebhookDeliveryStatus'];
      attempts: number;
      lastAttemptAt: components['schemas']['Timestamp'] | null;
      /** @description The HTTP status of the last attempt's response; null when there was none. */
      lastResponseCode: number | null;
      /**
       * @description Why the last attempt failed (`timeout`, `connection refused`, `redirect not
       *     followed`, `HTTP 500`, …); null when it succeeded or none was made.
       */
      lastError: string | null;
      nextAttemptAt: components['schemas']['Timestamp'] | null;
      deliveredAt: components['schemas']['Timestamp'] | null;
      createdAt: components['schemas']['Timestamp'];
    };
    WebhookDeliveryPage: {
      items: components['schemas']['WebhookDelivery'][];
      total: number;
    };
    /** @description What every event's `data` has. */
    WebhookQuestionEventData: {
      questionId: components['schemas']['Id'];
      shopId: components['schemas']['Id'];
    };
    /** @description The question and the deadline a clock event is about. */
    WebhookClockData: components['schemas']['WebhookQuestionEventData'] & {
      replyDueAt: components['schemas']['Timestamp'];
      category: components['schemas']['Category'];
      topic: components['schemas']['Topic'];
    };
    /** @description A buyer asked a question (its first message is `messageId`). */
    QuestionCreatedWebhook: {
      /** @constant */
      type: 'question.created';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookQuestionEventData'] & {
        category: components['schemas']['Category'];
        topic: components['schemas']['Topic'];
        status: components['schemas']['QuestionStatus'];
        handler: components['schemas']['Handler'];
        buyerId: components['schemas']['Id'];
        messageId: components['schemas']['Id'];
        language: string;
        /** @description When the seller's answer is due; null when the platform handles it. */
        replyDueAt: components['schemas']['Timestamp'] | null;
        productId?: components['schemas']['Id'];
        orderId?: components['schemas']['Id'];
      };
    };
    /**
     * @description A message was added to a question by the buyer, the seller or platform customer service
     *     (`authorRole`); not sent for system messages. The text is not included: read the
     *     question (`getQuestion`) for it.
     */
    MessageCreatedWebhook: {
      /** @constant */
      type: 'message.created';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookQuestionEventData'] & {
        messageId: components['schemas']['Id'];
        /** @enum {string} */
        authorRole: 'buyer' | 'seller' | 'platform';
        language: string;
        attachmentCount: number;
        /** @description The question's status after the message. */
        status: components['schemas']['QuestionStatus'];
        handler: components['schemas']['Handler'];
        replyDueAt: components['schemas']['Timestamp'] | null;
        /** @description True when the buyer's message reopened a resolved question. */
        reopened?: boolean;
      };
    };
    /** @description The seller escalated the question to platform customer service. */
    QuestionEscalatedWebhook: {
      /** @constant */
      type: 'question.escalated';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookQuestionEventData'] & {
        status: components['schemas']['QuestionStatus'];
        handler: components['schemas']['Handler'];
        sellerId: components['schemas']['Id'];
      };
    };
    /**
     * @description The question became `resolved`: resolved (`via: resolve`), answered with a reply that
     *     resolves it (`reply`, after its message.created) or refunded (`refund`, with the
     *     refund's id and amount), by the seller or platform customer service (`resolvedBy`).
     */
    QuestionResolvedWebhook: {
      /** @constant */
      type: 'question.resolved';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookQuestionEventData'] & {
        status: components['schemas']['QuestionStatus'];
        handler: components['schemas']['Handler'];
        /** @enum {string} */
        resolvedBy: 'seller' | 'platform';
        /** @enum {string} */
        via: 'resolve' | 'reply' | 'refund';
        refundId?: components['schemas']['Id'];
        amount?: components['schemas']['Money'];
      };
    };
    /** @description The buyer rated an answer (`messageId`, written by `answeredBy`). */
    RatingCreatedWebhook: {
      /** @constant */
      type: 'rating.created';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookQuestionEventData'] & {
        messageId: components['schemas']['Id'];
        /** @enum {string} */
        answeredBy: 'seller' | 'platform';
        satisfied: boolean;
        hasComment: boolean;
      };
    };
    /**
     * @description The seller's answer is due soon: `level: warn` at `Config.warnHours` before
     *     `replyDueAt`, `urgent` at `Config.urgentHours` before it. Once per level and deadline.
     */
    SlaWarningWebhook: {
      /** @constant */
      type: 'question.sla_warning';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookClockData'] & {
        /** @enum {string} */
        level: 'warn' | 'urgent';
      };
    };
    /**
     * @description The seller's answer was not given by `replyDueAt`. An after-sales issue is then taken
     *     over by the platform (`takenOver: true`, followed by question.taken_over); another
     *     question stays with the seller and counts as delayed.
     */
    QuestionLateWebhook: {
      /** @constant */
      type: 'question.late';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookClockData'] & {
        takenOver: boolean;
      };
    };
    /**
     * @description Platform customer service took a late after-sales issue over: it is
     *     `awaiting_platform` now, and the seller can no longer answer it.
     */
    QuestionTakenOverWebhook: {
      /** @constant */
      type: 'question.taken_over';
      timestamp: components['schemas']['Timestamp'];
      data: components['schemas']['WebhookClockData'] & {
        /** @enum {string} */
        reason: 'late';
      };
    };
  };
  responses: {
    /**
     * @description The copy named in `If-None-Match` is current: use it. No body; the `ETag`,
     *     `Cache-Control` and `Vary` headers are those of a 200.
     */
    NotModified: {
      headers: {
        ETag: components['headers']['ETag'];
        [name: string]: unknown;
      };
      content?: never;
    };
    /**
     * @description The request is malformed: an unknown filter value, a bad cursor, a query parameter out
     *     of range, given twice or holding U+0000 (`bad_request`), a body that is not valid JSON
     *     (`bad_request`), or a write without a valid `Idempotency-Key`
     *     (`idempotency_key_missing`).
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description No valid token: none was sent, or the one sent is refused; `detail` then says which
     *     check failed ("The token was refused: it has expired (exp).", "… it names no buyer,
     *     seller or agent this backend knows …"), never the value expected. The scheme's name
     *     in `Authorization` is read in any case (`Bearer`, `bearer`).
     */
    Unauthorized: {
      headers: {
        'WWW-Authenticate': components['headers']['WWWAuthenticate'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description The viewer's role may never call this operation (`code: forbidden`): a seller creating
     *     a question or rating, a buyer resolving, refunding, escalating, or reading templates or
     *     metrics. Not used for records of someone else, which are 404.
     */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description No such resource, or one the viewer may not see (someone else's question or order):
     *     the two are answered alike (`code: not_found`).
     */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description The question changed meanwhile (`code: version_conflict`, with `currentVersion`), or
     *     its state does not allow the action (`code: invalid_state`), or it was already rated.
     */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description Validation failed (`validation_failed`); `errors` points at the fields. Or the
     *     `Idempotency-Key` was already used for another request (`idempotency_key_reused`).
     */
    Unprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description The request is too large: an upload over `Config.attachments.maxBytes`
     *     (`file_too_large`), a JSON body over 64 KiB (`bad_request`), or a request over a
     *     deployment's own limit (the reference server: 6 MiB, `file_too_large`).
     */
    TooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description `unsupported_type`: the file's bytes are not an allowed image type, or the body's
     *     `Content-Type` is not the one the operation takes (`application/json`, or
     *     `multipart/form-data` for uploads).
     */
    UnsupportedType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description Rate limited (`rate_limited`): wait `Retry-After` seconds. The reference server limits
     *     each viewer, and each client address for requests without a valid token.
     */
    TooManyRequests: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Temporarily unavailable (for translations, the service is down; for uploads, too many wait to be re-encoded). */
    Unavailable: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description Any other error, including 5xx: 500 `server_error`, and 503 `unavailable` with
     *     `Retry-After` while the backend's database is not reachable.
     */
    Error: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    EndpointId: components['schemas']['Id'];
    /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
    WebhookId: string;
    /** @description When this attempt was signed, in whole seconds since the epoch. */
    WebhookTimestamp: string;
    /**
     * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
     *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
     */
    WebhookSignature: string;
    /**
     * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
     *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
     *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
     *     with `Idempotent-Replayed: true`; another request under the key is 422
     *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
     */
    IdempotencyKey: string;
    TemplateId: components['schemas']['Id'];
    QuestionId: components['schemas']['Id'];
    OrderId: components['schemas']['Id'];
    ProductId: components['schemas']['Id'];
    Cursor: string;
    Limit: number;
    /**
     * @description ETags of copies the client has (browsers send it themselves when they revalidate a
     *     cached answer). When one is the current ETag (or `*`), the answer is 304 without a body.
     */
    IfNoneMatch: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description The version of this answer (a hash of its body), for `If-None-Match`. The same body
     *     always has the same ETag, on every instance of the backend. Weak (`W/"…"`) when the
     *     answer may be sent compressed (the reference server: `Vary: Accept-Encoding`); a
     *     client's tag matches with or without the `W/`.
     */
    ETag: string;
    /**
     * @description `private, max-age=300, stale-while-revalidate=86400`: a browser reuses the answer for
     *     five minutes, and for up to a day after that once more while it fetches it again in the
     *     background, so a second page view needs no request. Shared caches keep nothing.
     */
    CacheControlConfig: string;
    /**
     * @description `private, no-cache`: kept, but revalidated with `If-None-Match` before every use (a 304
     *     when unchanged), so a change is seen at once.
     */
    CacheControlRevalidate: string;
    /**
     * @description `private, max-age=60, stale-while-revalidate=600`: reused for a minute, then once more
     *     while revalidated in the background.
     */
    CacheControlCatalog: string;
    /**
     * @description `Authorization`: a cached answer is reused only for a request with the same token (a
     *     request without one still gets its 401; another viewer asks for its own).
     */
    VaryAuthorization: string;
    /** @description Seconds to wait before trying again. */
    RetryAfter: number;
    /**
     * @description `Bearer` when no token was sent; `Bearer error="invalid_token"` when the one sent is not
     *     valid (RFC 6750).
     */
    WWWAuthenticate: string;
    /**
     * @description `true` when this response is the stored response of an earlier request with the same
     *     `Idempotency-Key` (nothing was done again; the same status and body, byte for byte);
     *     absent on a first response.
     */
    IdempotentReplayed: 'true';
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getConfig: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description ETags of copies the client has (browsers send it themselves when they revalidate a
         *     cached answer). When one is the current ETag (or `*`), the answer is 304 without a body.
         */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The configuration. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['CacheControlConfig'];
          Vary: components['headers']['VaryAuthorization'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Config'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getViewer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who the token belongs to. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Viewer'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description ETags of copies the client has (browsers send it themselves when they revalidate a
         *     cached answer). When one is the current ETag (or `*`), the answer is 304 without a body.
         */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        productId: components['parameters']['ProductId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['CacheControlCatalog'];
          Vary: components['headers']['VaryAuthorization'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listPublicAnswers: {
    parameters: {
      query?: {
        /** @description What the buyer is typing, at most 200 characters. */
        q?: string;
        /** @description Answers per page, 1 to 50. */
        limit?: number;
        cursor?: components['parameters']['Cursor'];
      };
      header?: {
        /**
         * @description ETags of copies the client has (browsers send it themselves when they revalidate a
         *     cached answer). When one is the current ETag (or `*`), the answer is 304 without a body.
         */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        productId: components['parameters']['ProductId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of published answers. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['CacheControlCatalog'];
          Vary: components['headers']['VaryAuthorization'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicAnswerPage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getShop: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description ETags of copies the client has (browsers send it themselves when they revalidate a
         *     cached answer). When one is the current ETag (or `*`), the answer is 304 without a body.
         */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        shopId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shop. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['CacheControlCatalog'];
          Vary: components['headers']['VaryAuthorization'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shop'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listShopProducts: {
    parameters: {
      query?: {
        /**
         * @description Only products whose name contains this text, compared case-insensitively (spaces
         *     around it ignored). Without it, every product of the shop.
         */
        q?: string;
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path: {
        shopId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching products, by name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listOrders: {
    parameters: {
      query?: {
        cursor?: components['parameters']['Cursor'];
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of orders, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: components['parameters']['OrderId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order with its items, address and tracking. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listQuestions: {
    parameters: {
      query?: {
        category?: components['schemas']['Category'];
        topic?: components['schemas']['Topic'];
        status?: components['schemas']['QuestionStatus'][];
        productId?: components['schemas']['Id'];
        orderId?: components['schemas']['Id'];
        shopId?: components['schemas']['Id'];
        /**
         * @description Free text, matched as a substring of the question id, the buyer's name, the
         *     product's name, the order number and the messages' text (and the originals of
         *     translated messages), with accents and case set aside: `Lindstrom` finds
         *     `Lindström`, `siobhan` finds `Siobhán`, `strasse` finds `Straße` (ß, æ, œ, ø, ł,
         *     đ, ı match ss, ae, oe, o, l, d, i). Spaces around it and a `#` in front are left
         *     out (`#SQ-2026-1006`, as the inbox writes an order's number, finds
         *     `SQ-2026-1006`). `searchNeedle` and `foldForSearch` in
         *     `src/domain/question-search.ts`.
         */
        q?: string;
        /**
         * @description Only questions whose `updatedAt` is strictly after this time, compared in
         *     milliseconds (pass the newest `updatedAt` you have to get only newer changes). An
         *     RFC 3339 date-time with a time zone (`Z` or `+01:00`), from the year 1 on in UTC;
         *     anything else is 400.
         */
        updatedSince?: string;
        /**
         * @description `true`: only questions that are `unread` for the viewer (the other side wrote
         *     since the viewer's side last read them); `false`: only those that are not. A
         *     platform agent sees the shop side's `unread` (the buyer wrote since the shop last
         *     read the question).
         */
        unread?: boolean;
        /**
         * @description `due`: by response time remaining, most urgent first (late first, then the
         *     nearest `replyDueAt`; questions without a running clock last, newest first).
         *     `-updated`: most recently updated first (a new message, a state change).
         *     `-created`: newest questions first (by `createdAt`).
         */
        sort?: 'due' | '-updated' | '-created';
        cursor?: components['parameters']['Cursor'];
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of questions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createQuestion: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The question. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createMessage: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MessageCreate'];
      };
    };
    responses: {
      /** @description Sent; the updated question. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  resolveQuestion: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveRequest'];
      };
    };
    responses: {
      /** @description Resolved; the updated question. */
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  markNoResponseNeeded: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveRequest'];
      };
    };
    responses: {
      /** @description Marked; the updated question. */
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  publishQuestion: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicationRequest'];
      };
    };
    responses: {
      /** @description Published; the question as the seller sees it, with `publication`. */
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  unpublishQuestion: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unpublished. */
      204: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createRefund: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefundCreate'];
      };
    };
    responses: {
      /** @description Refunded; the updated question with the refund. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createEscalation: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationCreate'];
      };
    };
    responses: {
      /** @description Escalated; the updated question. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createHandBack: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandBackCreate'];
      };
    };
    responses: {
      /** @description Handed back; the updated question. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  closeQuestion: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseRequest'];
      };
    };
    responses: {
      /** @description Closed; the updated question. */
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createRating: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingCreate'];
      };
    };
    responses: {
      /** @description Rated; the updated question. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  markQuestionRead: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked read. */
      204: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  uploadAttachment: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
      default: components['responses']['Error'];
    };
  };
  getAttachmentContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image. */
      200: {
        headers: {
          /** @description Always `nosniff`. */
          'X-Content-Type-Options'?: 'nosniff';
          /** @description `inline; filename="<name>"`, the name reduced to letters, digits, `_`, `.` and `-`. */
          'Content-Disposition'?: string;
          /** @description `private, max-age=31536000, immutable`. */
          'Cache-Control'?: string;
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listTemplates: {
    parameters: {
      query?: {
        /** @description Only templates for this topic (an unknown topic is 400). */
        topic?: components['schemas']['Topic'];
        /**
         * @description Only templates in this language or one of its regional forms, compared
         *     case-insensitively: `pt` matches `pt` and `pt-PT`; `pt-PT` matches `pt-PT` only.
         *     Without it, every language.
         */
        language?: components['schemas']['Language'];
      };
      header?: {
        /**
         * @description ETags of copies the client has (browsers send it themselves when they revalidate a
         *     cached answer). When one is the current ETag (or `*`), the answer is 304 without a body.
         */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching templates. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['CacheControlRevalidate'];
          Vary: components['headers']['VaryAuthorization'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateList'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createTemplate: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TemplateCreate'];
      };
    };
    responses: {
      /** @description Created; the template. */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Template'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  deleteTemplate: {
    parameters: {
      query?: {
        /** @description The template's `version` as the seller saw it; written in digits. */
        expectedVersion?: number;
      };
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        templateId: components['parameters']['TemplateId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  updateTemplate: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique key per intended write (a UUID), 8 to 255 characters; missing or out of
         *     range is 400 `idempotency_key_missing`. Scoped to the viewer, the method and the path;
         *     kept at least 24 hours. A repeat of the same request returns the first 2xx response
         *     with `Idempotent-Replayed: true`; another request under the key is 422
         *     `idempotency_key_reused`. Errors are not kept. See "Idempotency" in the introduction.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        templateId: components['parameters']['TemplateId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TemplateUpdate'];
      };
    };
    responses: {
      /** @description Changed; the template. */
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Template'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  translate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TranslationRequest'];
      };
    };
    responses: {
      /** @description The translation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Translation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
      default: components['responses']['Error'];
    };
  };
  getSellerMetrics: {
    parameters: {
      query?: {
        /** @description Days in the window, 1 to 365 (30 by default; anything else is 400). */
        windowDays?: number;
        /** @description The range's start (exclusive); with `to`, instead of `windowDays`. */
        from?: string;
        /** @description The range's end (inclusive), not in the future; with `from`. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SellerMetrics'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  exportQuestions: {
    parameters: {
      query: {
        /** @description The range's start (exclusive). */
        from: string;
        /** @description The range's end (inclusive), not in the future. */
        to: string;
        cursor?: components['parameters']['Cursor'];
        /** @description Rows per page, 1 to 500. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of rows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionExportPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getPlatformQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The queue's figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlatformQueue'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listChanges: {
    parameters: {
      query?: {
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Changes, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeFeed'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description The cursor is older than the feed's history (`cursor_expired`). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getEmailPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The viewer's choices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailPreferences'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  setEmailPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmailPreferencesUpdate'];
      };
    };
    responses: {
      /** @description The viewer's choices, as saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailPreferences'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  showUnsubscribe: {
    parameters: {
      query: {
        /** @description The signed token of the email's unsubscribe link. */
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The confirmation page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  unsubscribe: {
    parameters: {
      query: {
        /** @description The signed token of the email's unsubscribe link. */
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unsubscribed; a page saying so. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoints, oldest first. Secrets are not shown. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointCreate'];
      };
    };
    responses: {
      /** @description The endpoint, with its secret. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointUpdate'];
      };
    };
    responses: {
      /** @description The endpoint as changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint with its new secret. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        status?: components['schemas']['WebhookDeliveryStatus'];
        offset?: number;
        limit?: number;
      };
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the log. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  redeliverWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: components['parameters']['EndpointId'];
        deliveryId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery, pending again. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  questionCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionCreatedWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MessageCreatedWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  questionEscalatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionEscalatedWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  questionResolvedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionResolvedWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ratingCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingCreatedWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  questionSlaWarningWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SlaWarningWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  questionLateWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionLateWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  questionTakenOverWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The message's id (`evt_` and the event's number); the same on every retry and redelivery. */
        'webhook-id': components['parameters']['WebhookId'];
        /** @description When this attempt was signed, in whole seconds since the epoch. */
        'webhook-timestamp': components['parameters']['WebhookTimestamp'];
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the
         *     endpoint's secret; two, separated by a space, for 24 hours after a rotation.
         */
        'webhook-signature': components['parameters']['WebhookSignature'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionTakenOverWebhook'];
      };
    };
    responses: {
      /**
       * @description Any 2xx: delivered. Anything else (including a redirect, which is not followed), or
       *     no answer within 10 seconds, is retried with backoff for 24 hours.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
