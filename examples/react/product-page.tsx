// A React 19 product page embedding <ask-seller>. React 19 supports custom elements: a prop
// whose name is a property of the element (`client`) is set as that property, any other
// (`product-id`) becomes an attribute, and `on<event-name>` adds a listener for <event-name>,
// spelled exactly: `onsq-question-created`, all lower case (`onSqQuestionCreated` would listen
// for an event called "SqQuestionCreated", which never fires).
//
// In an app, import from the package: `import 'seller-questions/ask-seller.js'`.
import { useState, type DetailedHTMLProps, type HTMLAttributes } from 'react';
// Define the element before React creates it: React checks `'client' in element` when it sets
// the prop, and an element that is not defined yet would get `client="[object Object]"`.
import '../../src/ask-seller.js';
import type { AskSeller } from '../../src/ask-seller.js';
import type {
  QuestionDetail,
  SellerQuestionsClient,
  SqQuestionCreatedEvent,
} from '../../src/index.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how @types/react 19 is extended
  namespace JSX {
    interface IntrinsicElements {
      'ask-seller': DetailedHTMLProps<HTMLAttributes<AskSeller>, AskSeller> & {
        'product-id'?: string | undefined;
        'shop-id'?: string | undefined;
        client?: SellerQuestionsClient | undefined;
        'onsq-question-created'?: ((event: SqQuestionCreatedEvent) => void) | undefined;
      };
    }
  }
}

export interface ProductPageProps {
  productId: string;
  shopId: string;
  /** The signed-in buyer's client, e.g. `createClient({ baseUrl, getToken })`. */
  client: SellerQuestionsClient;
}

export function ProductPage({ productId, shopId, client }: ProductPageProps) {
  const [sent, setSent] = useState<QuestionDetail | null>(null);
  return (
    <section aria-label="Questions about this product">
      <ask-seller
        product-id={productId}
        shop-id={shopId}
        client={client}
        onsq-question-created={(event) => {
          setSent(event.detail.question);
        }}
      />
      {sent && (
        <p role="status" data-question-id={sent.id}>
          Thanks! We will email you when the seller answers.
        </p>
      )}
    </section>
  );
}
