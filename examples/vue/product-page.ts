// A Vue 3 product page embedding <ask-seller>, written with a render function, so it runs on
// Vue's runtime-only build (no template compiler). With `h()`:
// - `'.client'` sets the DOM property (the `.` prefix is what `.prop` / `.client` compile to in
//   a template); without it Vue also picks the property, but only because the element is
//   already defined when Vue checks `'client' in element`.
// - `'product-id'` is not a property of the element, so Vue sets the attribute.
// - `'onSq-question-created'` listens for `sq-question-created`: Vue treats `on` + an upper-case
//   letter as a listener and hyphenates the rest (`onSqQuestionCreated` works too). An all
//   lower-case `onsq-question-created` is NOT a listener for Vue; it would become an attribute.
// The client has private fields: hand it to Vue as it is (props are shallow) or `markRaw()` it
// before putting it in `reactive()` state, because a reactive proxy of it cannot reach them.
//
// In an app, import from the package: `import 'seller-questions/ask-seller.js'`.
import { defineComponent, h, ref, type PropType } from 'vue';
import '../../src/ask-seller.js';
import type {
  QuestionDetail,
  SellerQuestionsClient,
  SqQuestionCreatedEvent,
} from '../../src/index.js';

export const ProductPage = defineComponent({
  name: 'ProductPage',
  props: {
    productId: { type: String, required: true },
    shopId: { type: String, required: true },
    /** The signed-in buyer's client, e.g. `createClient({ baseUrl, getToken })`. */
    client: { type: Object as PropType<SellerQuestionsClient>, required: true },
  },
  setup(props) {
    const sent = ref<QuestionDetail | null>(null);
    return () =>
      h('section', { 'aria-label': 'Questions about this product' }, [
        h('ask-seller', {
          'product-id': props.productId,
          'shop-id': props.shopId,
          '.client': props.client,
          'onSq-question-created': (event: SqQuestionCreatedEvent) => {
            sent.value = event.detail.question;
          },
        }),
        sent.value
          ? h(
              'p',
              { role: 'status', 'data-question-id': sent.value.id },
              'Thanks! We will email you when the seller answers.',
            )
          : null,
      ]);
  },
});
