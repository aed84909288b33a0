// What a product question is about, in the reader's language.
import type { ProductSubject } from '../../domain/taxonomy.js';
import { msg } from '../../i18n/localize.js';

export function subjectLabel(subject: ProductSubject): string {
  switch (subject) {
    case 'size':
      return msg('Size and fit', { id: 'subject.size' });
    case 'colour':
      return msg('Colour', { id: 'subject.colour' });
    case 'material':
      return msg('Material and specifications', { id: 'subject.material' });
    case 'stock':
      return msg('Stock and availability', { id: 'subject.stock' });
    case 'shipping':
      return msg('Shipping', { id: 'subject.shipping' });
    case 'other':
      return msg('Something else', { id: 'subject.other' });
  }
}

/** The status as the buyer or the seller reads it. */
