// The way into "Manage templates" from the reply's template picker: a button that loads the
// manager's code on demand (the conversation does not carry it) and, while it is open, the
// manager itself with the reply's question, context and language.
import { html, nothing } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { Config, Order, QuestionDetail, Shop, Viewer } from '../../api/types.js';
import { msg } from '../../i18n/localize.js';
import { defineDependencies } from '../define.js';
import type { TemplatesClosedEvent } from './templates-manager.js';

export interface TemplatesContext {
  client: SellerQuestionsClient | null;
  config: Config | null;
  question: QuestionDetail | null;
  order: Order | null;
  shop: Shop | null;
  viewer: Viewer | null;
}

let loading: Promise<unknown> | undefined;

/**
 * The "Manage templates" button and, when `open`, the manager. `set` is told when it opens and
 * when it closes (`changed`: a template was created, changed or deleted; reload the list).
 */
export function renderManageTemplates(
  context: TemplatesContext,
  language: string,
  open: boolean,
  set: (open: boolean, changed: boolean) => void,
) {
  // Platform agents use the official templates only.
  if (context.viewer?.role !== 'seller') return nothing;
  const start = () => {
    loading ??= import('./templates-manager.js').then(
      ({ SqInboxTemplates }) => {
        defineDependencies({ 'sq-inbox-templates': SqInboxTemplates });
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    loading.then(
      () => {
        set(true, false);
      },
      () => {
        set(false, false);
      },
    );
  };
  return html`<button type="button" class="link" part="manage-templates" @click=${start}>
      ${msg('Manage templates', { id: 'inbox.templates.title' })}
    </button>
    ${
      open
        ? html`<sq-inbox-templates
            .client=${context.client}
            .config=${context.config}
            .question=${context.question}
            .order=${context.order}
            .shop=${context.shop}
            .viewer=${context.viewer}
            language=${language}
            exportparts="dialog, template-preview"
            @sq-inbox-templates-closed=${(event: TemplatesClosedEvent) => {
              set(false, event.changed);
            }}
          ></sq-inbox-templates>`
        : nothing
    }`;
}
