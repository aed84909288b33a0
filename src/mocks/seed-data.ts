// Seed data for the mock backend: a small Hamburg apparel and home-goods shop selling across
// Europe. Questions are scripts (who said what, how many hours before the store is made); the
// seed builder replays them through the domain rules, so statuses, due times and metrics are
// derived, never written here. Buyer and seller messages are in the buyer's language with an
// English translation for the mock's translation endpoint.
import type { SeedBuyer, SeedOrder, SeedProduct, SeedQuestion } from './seed-types.js';

export const SHOP = { id: 's-1', name: 'Linden & Loom', language: 'en' };

export const SELLER = {
  id: 'seller-1',
  name: 'Johanna Brandt',
  email: 'johanna.brandt@linden-loom.example',
};

/** The platform's customer-service agents (tokens `platform:<id>`). */
export const AGENTS = [
  {
    id: 'agent-1',
    name: 'Lena Fischer',
    country: 'DE',
    language: 'en',
    email: 'lena.fischer@market.example',
  },
];

export const BUYERS: SeedBuyer[] = [
  {
    id: 'b-anna',
    name: 'Anna Schneider',
    country: 'DE',
    language: 'de',
    email: 'anna.schneider@example.com',
  },
  {
    id: 'b-julien',
    name: 'Julien Moreau',
    country: 'FR',
    language: 'fr',
    email: 'julien.moreau@example.com',
  },
  {
    id: 'b-lucia',
    name: 'Lucía Fernández',
    country: 'ES',
    language: 'es',
    email: 'lucia.fernandez@example.com',
  },
  {
    id: 'b-marco',
    name: 'Marco Bianchi',
    country: 'IT',
    language: 'it',
    email: 'marco.bianchi@example.com',
  },
  {
    id: 'b-sanne',
    name: 'Sanne de Vries',
    country: 'NL',
    language: 'nl',
    email: 'sanne.devries@example.com',
  },
  {
    id: 'b-kasia',
    name: 'Katarzyna Nowak',
    country: 'PL',
    language: 'pl',
    email: 'katarzyna.nowak@example.com',
  },
  {
    id: 'b-erik',
    name: 'Erik Lindström',
    country: 'SE',
    language: 'sv',
    email: 'erik.lindstrom@example.com',
  },
  {
    id: 'b-ines',
    name: 'Inês Carvalho',
    country: 'PT',
    language: 'pt',
    email: 'ines.carvalho@example.com',
  },
  {
    id: 'b-lukas',
    name: 'Lukas Gruber',
    country: 'AT',
    language: 'de',
    email: 'lukas.gruber@example.com',
  },
  {
    id: 'b-elise',
    name: 'Élise Dubois',
    country: 'BE',
    language: 'fr',
    email: 'elise.dubois@example.com',
  },
  {
    id: 'b-siobhan',
    name: 'Siobhán Murphy',
    country: 'IE',
    language: 'en',
    email: 'siobhan.murphy@example.com',
  },
  // Outside the EU/EEA: platform customer service answers these buyers.
  {
    id: 'b-oliver',
    name: 'Oliver Bennett',
    country: 'GB',
    language: 'en',
    email: 'oliver.bennett@example.com',
  },
  {
    id: 'b-emily',
    name: 'Emily Carter',
    country: 'US',
    language: 'en',
    email: 'emily.carter@example.com',
  },
  {
    id: 'b-nina',
    name: 'Nina Keller',
    country: 'CH',
    language: 'de',
    email: 'nina.keller@example.com',
  },
];

export const PRODUCTS: SeedProduct[] = [
  {
    id: 'p-01',
    name: 'Organic Cotton Crew Tee',
    priceMinor: 2990,
    picture: { shape: 'shirt', colour: '#1f3a5f' },
  },
  {
    id: 'p-02',
    name: 'Linen Button-Down Shirt',
    priceMinor: 6990,
    picture: { shape: 'shirt', colour: '#d8cdb8' },
  },
  {
    id: 'p-03',
    name: 'Merino Wool Cardigan',
    priceMinor: 11900,
    picture: { shape: 'shirt', colour: '#a0522d' },
  },
  {
    id: 'p-04',
    name: 'Heavyweight Hoodie',
    priceMinor: 7990,
    picture: { shape: 'shirt', colour: '#556b2f' },
  },
  {
    id: 'p-05',
    name: 'Leather Court Sneakers',
    priceMinor: 12900,
    picture: { shape: 'shoe', colour: '#f1ede4' },
  },
  {
    id: 'p-06',
    name: 'Suede Chelsea Boots',
    priceMinor: 18900,
    picture: { shape: 'shoe', colour: '#7b4a2a' },
  },
  {
    id: 'p-07',
    name: 'Canvas Espadrilles',
    priceMinor: 4990,
    picture: { shape: 'shoe', colour: '#d4c4a8' },
  },
  {
    id: 'p-08',
    name: 'Waxed Canvas Weekender',
    priceMinor: 16900,
    picture: { shape: 'bag', colour: '#5c5337' },
  },
  {
    id: 'p-09',
    name: 'Leather Crossbody Bag',
    priceMinor: 13900,
    picture: { shape: 'bag', colour: '#2a2623' },
  },
  {
    id: 'p-10',
    name: 'Organic Canvas Tote',
    priceMinor: 2490,
    picture: { shape: 'bag', colour: '#e6dcc6' },
  },
  {
    id: 'p-11',
    name: 'Stoneware Mug, 350 ml',
    priceMinor: 1990,
    picture: { shape: 'mug', colour: '#7e9aa6' },
  },
  {
    id: 'p-12',
    name: 'Stoneware Mug Set of 4',
    priceMinor: 6900,
    picture: { shape: 'mug', colour: '#9fb39a' },
  },
  {
    id: 'p-13',
    name: 'Ceramic Table Lamp',
    priceMinor: 14900,
    picture: { shape: 'lamp', colour: '#e2d2b4' },
  },
  {
    id: 'p-14',
    name: 'Brass Pendant Lamp',
    priceMinor: 24900,
    picture: { shape: 'lamp', colour: '#b8955a' },
  },
  {
    id: 'p-15',
    name: 'Automatic Watch, 38 mm',
    priceMinor: 24900,
    picture: { shape: 'watch', colour: '#1d1d1f' },
  },
  {
    id: 'p-16',
    name: 'Field Watch, 40 mm',
    priceMinor: 15900,
    picture: { shape: 'watch', colour: '#4b5a3f' },
  },
  {
    id: 'p-17',
    name: 'Stonewashed Linen Duvet Set',
    priceMinor: 18900,
    picture: { shape: 'box', colour: '#b9c4b0' },
  },
  {
    id: 'p-18',
    name: 'Merino Wool Throw',
    priceMinor: 8900,
    picture: { shape: 'box', colour: '#9e4a2f' },
  },
  {
    id: 'p-19',
    name: 'Beeswax Candle Trio',
    priceMinor: 3490,
    picture: { shape: 'box', colour: '#e9c46a' },
  },
  {
    id: 'p-20',
    name: 'Leather Card Wallet',
    priceMinor: 4490,
    picture: { shape: 'bag', colour: '#8a5a36' },
  },
];

const ANNA_ADDRESS: SeedOrder['address'] = {
  name: 'Anna Schneider',
  line1: 'Kastanienallee 42',
  postalCode: '10435',
  city: 'Berlin',
  country: 'DE',
};

// Julien moved after his first order; the second still carries the old address (see q-011).
const JULIEN_OLD_ADDRESS: SeedOrder['address'] = {
  name: 'Julien Moreau',
  line1: '14 rue Mercière',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
};

const LUKAS_ADDRESS: SeedOrder['address'] = {
  name: 'Lukas Gruber',
  line1: 'Neubaugasse 31/4',
  postalCode: '1070',
  city: 'Wien',
  country: 'AT',
};

export const ORDERS: SeedOrder[] = [
  {
    id: 'o-1001',
    number: 'SQ-2026-1001',
    buyerId: 'b-anna',
    status: 'delivered',
    currency: 'EUR',
    placedDaysAgo: 34,
    deliveredDaysAgo: 30,
    items: [
      { id: 'o-1001-1', productId: 'p-02', variant: 'Size M / Sand', quantity: 1 },
      { id: 'o-1001-2', productId: 'p-01', variant: 'Size M / Navy', quantity: 2 },
      { id: 'o-1001-3', productId: 'p-11', variant: 'Slate Blue', quantity: 2 },
    ],
    tracking: {
      carrier: 'DHL',
      number: '00340434161094042557',
      url: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557',
      lastEvent: { hoursAgo: 720, description: 'Delivered to the recipient', location: 'Berlin' },
    },
    address: ANNA_ADDRESS,
  },
  {
    // The high-value order: after-sales issues on it go to the seller.
    id: 'o-1002',
    number: 'SQ-2026-1002',
    buyerId: 'b-julien',
    status: 'delivered',
    currency: 'EUR',
    placedDaysAgo: 20,
    deliveredDaysAgo: 16,
    items: [
      {
        id: 'o-1002-1',
        productId: 'p-15',
        variant: 'Black dial / Black leather strap',
        quantity: 1,
      },
      { id: 'o-1002-2', productId: 'p-14', variant: 'Brushed brass', quantity: 1 },
      { id: 'o-1002-3', productId: 'p-06', variant: 'EU 43 / Tobacco', quantity: 1 },
    ],
    tracking: {
      carrier: 'La Poste Colissimo',
      number: '6A23915048276',
      url: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A23915048276',
      lastEvent: { hoursAgo: 384, description: 'Delivered against signature', location: 'Lyon' },
    },
    address: JULIEN_OLD_ADDRESS,
  },
  {
    // Refunds on this order are funded by the seller: after-sales issues go to the seller.
    id: 'o-1003',
    number: 'SQ-2026-1003',
    buyerId: 'b-sanne',
    status: 'delivered',
    currency: 'EUR',
    placedDaysAgo: 13,
    deliveredDaysAgo: 9,
    sellerFunded: true,
    items: [
      { id: 'o-1003-1', productId: 'p-13', variant: 'Sand', quantity: 1 },
      { id: 'o-1003-2', productId: 'p-18', variant: 'Rust', quantity: 1 },
    ],
    tracking: {
      carrier: 'PostNL',
      number: '3SLNDL2938471',
      url: 'https://jouw.postnl.nl/track-and-trace/3SLNDL2938471-NL-3511AV',
      lastEvent: { hoursAgo: 216, description: 'Delivered at the front door', location: 'Utrecht' },
    },
    address: {
      name: 'Sanne de Vries',
      line1: 'Oudegracht 118',
      postalCode: '3511 AV',
      city: 'Utrecht',
      country: 'NL',
    },
  },
  {
    id: 'o-1004',
    number: 'SQ-2026-1004',
    buyerId: 'b-oliver',
    status: 'delivered',
    currency: 'GBP',
    placedDaysAgo: 10,
    deliveredDaysAgo: 4,
    items: [
      { id: 'o-1004-1', productId: 'p-08', variant: 'Olive', quantity: 1, unitPriceMinor: 14500 },
      { id: 'o-1004-2', productId: 'p-20', variant: 'Tan', quantity: 1, unitPriceMinor: 3800 },
    ],
    tracking: {
      carrier: 'Royal Mail',
      number: 'TT482913765GB',
      url: 'https://www.royalmail.com/track-your-item#/tracking-results/TT482913765GB',
      lastEvent: { hoursAgo: 96, description: 'Delivered and signed for', location: 'Bristol' },
    },
    address: {
      name: 'Oliver Bennett',
      line1: '27 Gloucester Road',
      postalCode: 'BS7 8AE',
      city: 'Bristol',
      country: 'GB',
    },
  },
  {
    id: 'o-1005',
    number: 'SQ-2026-1005',
    buyerId: 'b-emily',
    status: 'in_transit',
    currency: 'USD',
    placedDaysAgo: 6,
    items: [
      {
        id: 'o-1005-1',
        productId: 'p-05',
        variant: 'US 9 / EU 42 / Off-White',
        quantity: 1,
        unitPriceMinor: 13900,
      },
      { id: 'o-1005-2', productId: 'p-12', variant: 'Sage', quantity: 1, unitPriceMinor: 7500 },
    ],
    tracking: {
      carrier: 'UPS',
      number: '1Z8V72A96812045733',
      url: 'https://www.ups.com/track?tracknum=1Z8V72A96812045733',
      lastEvent: {
        hoursAgo: 40,
        description: 'Departed from UPS facility',
        location: 'Louisville, KY, US',
      },
      estimatedDeliveryDays: 2,
    },
    address: {
      name: 'Emily Carter',
      line1: '2418 SE Belmont St',
      postalCode: '97214',
      city: 'Portland',
      region: 'OR',
      country: 'US',
    },
  },
  {
    id: 'o-1006',
    number: 'SQ-2026-1006',
    buyerId: 'b-kasia',
    status: 'in_transit',
    currency: 'PLN',
    placedDaysAgo: 4,
    items: [
      {
        id: 'o-1006-1',
        productId: 'p-03',
        variant: 'Size S / Rust',
        quantity: 1,
        unitPriceMinor: 50900,
      },
      { id: 'o-1006-2', productId: 'p-19', variant: 'Natural', quantity: 1, unitPriceMinor: 14900 },
    ],
    tracking: {
      carrier: 'InPost',
      number: '620491837265019283746512',
      url: 'https://inpost.pl/sledzenie-przesylek?number=620491837265019283746512',
      lastEvent: { hoursAgo: 30, description: 'Arrived at the sorting centre', location: 'Kraków' },
      estimatedDeliveryDays: 1,
    },
    address: {
      name: 'Katarzyna Nowak',
      line1: 'ul. Józefińska 14/6',
      postalCode: '30-529',
      city: 'Kraków',
      country: 'PL',
    },
  },
  {
    id: 'o-1007',
    number: 'SQ-2026-1007',
    buyerId: 'b-erik',
    status: 'delivered',
    currency: 'SEK',
    placedDaysAgo: 12,
    deliveredDaysAgo: 7,
    items: [
      { id: 'o-1007-1', productId: 'p-12', variant: 'Sage', quantity: 1, unitPriceMinor: 79900 },
      {
        id: 'o-1007-2',
        productId: 'p-18',
        variant: 'Charcoal',
        quantity: 1,
        unitPriceMinor: 102900,
      },
    ],
    tracking: {
      carrier: 'PostNord',
      number: '00370734160213948572',
      url: 'https://tracking.postnord.com/se/?id=00370734160213948572',
      lastEvent: {
        hoursAgo: 168,
        description: 'Delivered to the service point',
        location: 'Göteborg',
      },
    },
    address: {
      name: 'Erik Lindström',
      line1: 'Vasagatan 12',
      postalCode: '411 24',
      city: 'Göteborg',
      country: 'SE',
    },
  },
  {
    id: 'o-1008',
    number: 'SQ-2026-1008',
    buyerId: 'b-lucia',
    status: 'processing',
    currency: 'EUR',
    placedDaysAgo: 5,
    items: [
      { id: 'o-1008-1', productId: 'p-07', variant: 'EU 38 / Natural', quantity: 1 },
      // Changed from S to M at the buyer's request (q-015).
      { id: 'o-1008-2', productId: 'p-02', variant: 'Size M / White', quantity: 1 },
    ],
    address: {
      name: 'Lucía Fernández',
      line1: 'Calle de Ponzano 27',
      line2: '3.º B',
      postalCode: '28003',
      city: 'Madrid',
      country: 'ES',
    },
  },
  {
    // A single-item order.
    id: 'o-1009',
    number: 'SQ-2026-1009',
    buyerId: 'b-marco',
    status: 'placed',
    currency: 'EUR',
    placedDaysAgo: 0.7,
    items: [{ id: 'o-1009-1', productId: 'p-09', variant: 'Black', quantity: 1 }],
    address: {
      name: 'Marco Bianchi',
      line1: 'Via Vigevano 9',
      postalCode: '20144',
      city: 'Milano',
      region: 'MI',
      country: 'IT',
    },
  },
  {
    id: 'o-1010',
    number: 'SQ-2026-1010',
    buyerId: 'b-ines',
    status: 'shipped',
    currency: 'EUR',
    placedDaysAgo: 3,
    items: [
      { id: 'o-1010-1', productId: 'p-10', variant: 'Natural', quantity: 2 },
      { id: 'o-1010-2', productId: 'p-11', variant: 'Terracotta', quantity: 1 },
    ],
    tracking: {
      carrier: 'CTT',
      number: 'EA736148295PT',
      url: 'https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=EA736148295PT',
      lastEvent: {
        hoursAgo: 36,
        description: 'Shipment accepted by the carrier',
        location: 'Hamburg, DE',
      },
      estimatedDeliveryDays: 3,
    },
    address: {
      name: 'Inês Carvalho',
      line1: 'Rua de Cedofeita 215',
      line2: '2.º Esq.',
      postalCode: '4050-180',
      city: 'Porto',
      country: 'PT',
    },
  },
  {
    id: 'o-1011',
    number: 'SQ-2026-1011',
    buyerId: 'b-lukas',
    status: 'delivered',
    currency: 'EUR',
    placedDaysAgo: 18,
    deliveredDaysAgo: 14,
    items: [
      { id: 'o-1011-1', productId: 'p-04', variant: 'Size L / Olive', quantity: 1 },
      { id: 'o-1011-2', productId: 'p-16', variant: 'Green dial / 40 mm', quantity: 1 },
    ],
    tracking: {
      carrier: 'Österreichische Post',
      number: '1012384756019283746501',
      url: 'https://www.post.at/s/sendungssuche?snr=1012384756019283746501',
      lastEvent: { hoursAgo: 336, description: 'Delivered', location: 'Wien' },
    },
    address: LUKAS_ADDRESS,
  },
  {
    id: 'o-1012',
    number: 'SQ-2026-1012',
    buyerId: 'b-elise',
    status: 'cancelled',
    currency: 'EUR',
    placedDaysAgo: 9,
    items: [
      { id: 'o-1012-1', productId: 'p-17', variant: 'Double (200 × 200 cm) / Sage', quantity: 1 },
    ],
    address: {
      name: 'Élise Dubois',
      line1: 'Rue du Bailli 58',
      postalCode: '1050',
      city: 'Ixelles',
      country: 'BE',
    },
  },
  {
    id: 'o-1013',
    number: 'SQ-2026-1013',
    buyerId: 'b-siobhan',
    status: 'in_transit',
    currency: 'EUR',
    placedDaysAgo: 5,
    items: [
      { id: 'o-1013-1', productId: 'p-17', variant: 'King (230 × 220 cm) / Oat', quantity: 1 },
      { id: 'o-1013-2', productId: 'p-19', variant: 'Natural', quantity: 1 },
    ],
    tracking: {
      carrier: 'An Post',
      number: 'CE482731905DE',
      url: 'https://www.anpost.com/Post-Parcels/Track/History?item=CE482731905DE',
      lastEvent: { hoursAgo: 68, description: 'Arrived at Dublin Mail Centre', location: 'Dublin' },
      estimatedDeliveryDays: 1,
    },
    address: {
      name: 'Siobhán Murphy',
      line1: '12 Rathgar Avenue',
      line2: 'Rathgar',
      postalCode: 'D06 F8C4',
      city: 'Dublin',
      country: 'IE',
    },
  },
  {
    id: 'o-1014',
    number: 'SQ-2026-1014',
    buyerId: 'b-nina',
    status: 'delivered',
    currency: 'CHF',
    placedDaysAgo: 21,
    deliveredDaysAgo: 16,
    items: [
      {
        id: 'o-1014-1',
        productId: 'p-16',
        variant: 'Sand dial / 40 mm',
        quantity: 1,
        unitPriceMinor: 15500,
      },
      { id: 'o-1014-2', productId: 'p-20', variant: 'Black', quantity: 1, unitPriceMinor: 4300 },
    ],
    tracking: {
      carrier: 'Swiss Post',
      number: '99.60.104372.18530946',
      url: 'https://service.post.ch/ekp-web/ui/entry/search/99.60.104372.18530946',
      lastEvent: {
        hoursAgo: 384,
        description: 'Delivered; import duties and VAT collected',
        location: 'Zürich',
      },
    },
    address: {
      name: 'Nina Keller',
      line1: 'Weinbergstrasse 68',
      postalCode: '8006',
      city: 'Zürich',
      country: 'CH',
    },
  },
  {
    id: 'o-1015',
    number: 'SQ-2026-1015',
    buyerId: 'b-anna',
    status: 'processing',
    currency: 'EUR',
    placedDaysAgo: 2,
    items: [
      { id: 'o-1015-1', productId: 'p-04', variant: 'Size M / Charcoal', quantity: 1 },
      { id: 'o-1015-2', productId: 'p-01', variant: 'Size S / White', quantity: 2 },
    ],
    address: ANNA_ADDRESS,
  },
  {
    id: 'o-1016',
    number: 'SQ-2026-1016',
    buyerId: 'b-julien',
    status: 'placed',
    currency: 'EUR',
    placedDaysAgo: 1,
    items: [
      { id: 'o-1016-1', productId: 'p-01', variant: 'Size L / Navy', quantity: 2 },
      { id: 'o-1016-2', productId: 'p-10', variant: 'Natural', quantity: 1 },
    ],
    address: JULIEN_OLD_ADDRESS,
  },
  {
    id: 'o-1017',
    number: 'SQ-2026-1017',
    buyerId: 'b-lukas',
    status: 'processing',
    currency: 'EUR',
    placedDaysAgo: 1.5,
    items: [
      { id: 'o-1017-1', productId: 'p-19', variant: 'Natural', quantity: 1 },
      { id: 'o-1017-2', productId: 'p-11', variant: 'Sage', quantity: 3 },
    ],
    address: LUKAS_ADDRESS,
  },
];

// Each question notes the status its script should replay to. "Late" means the last buyer
// message is unanswered past the 48-hour reply window; "due soon" means it is 37-47 hours old.
export const QUESTIONS: SeedQuestion[] = [
  // --- Anna (DE) ---
  {
    // resolved (answered before she ordered o-1001)
    id: 'q-001',
    buyerId: 'b-anna',
    topic: 'product',
    subject: 'size',
    productId: 'p-02',
    publicConsent: true,
    // Published without Anna's name: the seller shortened both texts.
    publish: {
      hoursAgo: 837.5,
      question: 'Fällt das Leinenhemd eher klein oder groß aus? Ich trage sonst meistens M.',
      answer:
        'Das Hemd ist locker geschnitten: In M misst es 112 cm Brustumfang und 74 cm Länge ab der Schulter. Bei 92 cm Brustumfang passt M gut. Wenn Sie es figurnäher mögen, nehmen Sie S (106 cm Brustumfang).',
    },
    steps: [
      {
        from: 'buyer',
        hoursAgo: 850.4,
        language: 'de',
        text: 'Hallo! Fällt das Leinenhemd eher klein oder groß aus? Ich bin 1,68 m groß, habe 92 cm Brustumfang und trage sonst meistens M.',
        english:
          "Hi! Does the linen shirt run small or large? I'm 1.68 m tall, have a 92 cm chest and usually wear M.",
      },
      {
        from: 'seller',
        hoursAgo: 838.1,
        language: 'de',
        text: 'Hallo Anna, das Hemd ist locker geschnitten: In M misst es 112 cm Brustumfang und 74 cm Länge ab der Schulter. Bei 92 cm Brustumfang passt M gut. Wenn Sie es figurnäher mögen, nehmen Sie S (106 cm Brustumfang).',
        english:
          'Hi Anna, the shirt has a relaxed cut: in M it measures 112 cm around the chest and 74 cm long from the shoulder. With a 92 cm chest, M fits well. If you prefer it closer to the body, take S (106 cm around the chest).',
        resolve: true,
        rating: { satisfied: true, comment: 'Super, danke für die Maße!', hoursAgo: 829 },
      },
    ],
  },
  {
    // closed (answered and resolved while the parcel was on its way)
    id: 'q-002',
    buyerId: 'b-anna',
    topic: 'tracking',
    orderId: 'o-1001',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 770.2,
        language: 'de',
        text: 'Ich habe vor zwei Tagen bestellt, aber bei DHL steht immer noch nur „Sendungsdaten elektronisch übermittelt“. Ist das Paket schon unterwegs?',
        english:
          "I ordered two days ago, but DHL still only says 'shipment data transmitted electronically'. Is the parcel on its way yet?",
      },
      {
        from: 'seller',
        hoursAgo: 763.5,
        language: 'de',
        text: 'Hallo Anna, Ihr Paket wurde gestern Abend an DHL übergeben. Der erste Scan erscheint meist erst am nächsten Morgen im Paketzentrum. DHL rechnet mit der Zustellung übermorgen.',
        english:
          'Hi Anna, your parcel was handed to DHL yesterday evening. The first scan usually only appears the next morning at the parcel centre. DHL expects to deliver it the day after tomorrow.',
        resolve: true,
      },
      { event: 'closed', hoursAgo: 595.5, reason: 'No further messages for 7 days.' },
    ],
  },
  {
    // closed (after-sales on a standard order: platform customer service refunded it)
    id: 'q-003',
    buyerId: 'b-anna',
    topic: 'item_missing',
    orderId: 'o-1001',
    items: [{ itemId: 'o-1001-3', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 716.3,
        language: 'de',
        text: 'Hallo, das Paket ist heute angekommen, aber statt zwei Bechern war nur einer drin. Auf dem Lieferschein stehen zwei Stück.',
        english:
          'Hello, the parcel arrived today, but there was only one mug in it instead of two. The packing slip lists two.',
      },
      {
        from: 'platform',
        hoursAgo: 699.8,
        language: 'de',
        text: 'Hallo Frau Schneider, vielen Dank für Ihre Nachricht und entschuldigen Sie bitte die Unannehmlichkeiten. Wir haben Ihnen den fehlenden Becher (19,90 €) auf Ihr ursprüngliches Zahlungsmittel erstattet; die Gutschrift sehen Sie in 3–5 Werktagen. Freundliche Grüße, Ihr Kundenservice',
        english:
          "Hello Ms Schneider, thank you for your message and please excuse the inconvenience. We've refunded the missing mug (€19.90) to your original payment method; you'll see the credit within 3–5 working days. Kind regards, Customer Service",
      },
      {
        event: 'closed',
        hoursAgo: 530,
        reason: 'Refund for the missing item issued by customer service.',
      },
    ],
  },
  {
    // awaiting_seller, due soon
    id: 'q-004',
    buyerId: 'b-anna',
    topic: 'remove_item',
    orderId: 'o-1015',
    items: [{ itemId: 'o-1015-2', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 43.3,
        language: 'de',
        text: 'Hallo, ich habe aus Versehen zwei weiße T-Shirts in S bestellt, brauche aber nur eins. Können Sie eins aus der Bestellung nehmen und mir den Betrag erstatten?',
        english:
          'Hello, I accidentally ordered two white T-shirts in S but only need one. Could you take one out of the order and refund me the amount?',
      },
    ],
  },
  {
    // awaiting_seller, fresh
    id: 'q-005',
    buyerId: 'b-anna',
    topic: 'product',
    subject: 'other',
    productId: 'p-13',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 2.4,
        language: 'de',
        text: 'Hallo! Welche Fassung hat die Keramik-Tischleuchte, E27 oder E14? Und ist ein Leuchtmittel dabei, oder muss ich eins dazukaufen?',
        english:
          'Hello! Which bulb socket does the ceramic table lamp have, E27 or E14? And is a bulb included, or do I need to buy one separately?',
      },
    ],
  },
  {
    // awaiting_seller, late
    id: 'q-006',
    buyerId: 'b-anna',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 190.5,
        language: 'de',
        text: 'Hallo, bietet ihr Geschenkgutscheine an? Ich würde meiner Schwester gern einen zum Geburtstag schenken, am liebsten per E-Mail.',
        english:
          "Hi, do you offer gift vouchers? I'd like to give one to my sister for her birthday, ideally by email.",
      },
    ],
  },

  // --- Julien (FR) ---
  {
    // closed (answered before he placed the high-value order o-1002)
    id: 'q-007',
    buyerId: 'b-julien',
    topic: 'product',
    subject: 'material',
    productId: 'p-15',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 530.2,
        language: 'fr',
        text: 'Bonjour, la montre automatique est-elle étanche pour nager ? Et quelle est la largeur entre les cornes, pour pouvoir changer de bracelet plus tard ?',
        english:
          'Hello, is the automatic watch waterproof enough to swim with? And what is the lug width, so I can change the strap later?',
      },
      {
        from: 'seller',
        hoursAgo: 521.4,
        language: 'fr',
        text: 'Bonjour Julien, la montre est étanche à 5 ATM : elle supporte la pluie et la natation en surface, mais pas la plongée. Les cornes font 20 mm et le bracelet d’origine a des barrettes à dégagement rapide, vous pouvez donc le changer sans outil.',
        english:
          'Hello Julien, the watch is water-resistant to 5 ATM: it handles rain and surface swimming, but not diving. The lug width is 20 mm and the original strap has quick-release spring bars, so you can change it without tools.',
        resolve: true,
        rating: { satisfied: true, comment: 'Réponse rapide et précise, merci !', hoursAgo: 515.6 },
      },
      { event: 'closed', hoursAgo: 350.2, reason: 'No further messages for 7 days.' },
    ],
  },
  {
    // resolved
    id: 'q-008',
    buyerId: 'b-julien',
    topic: 'tracking',
    orderId: 'o-1002',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 420.6,
        language: 'fr',
        text: 'Bonjour, mon colis Colissimo est « en cours d’acheminement » depuis trois jours à la plateforme de Wissous. Vu le montant de la commande, je m’inquiète un peu. Pouvez-vous vérifier ?',
        english:
          "Hello, my Colissimo parcel has been 'in transit' at the Wissous hub for three days. Given the value of the order, I'm a little worried. Could you check?",
      },
      {
        from: 'seller',
        hoursAgo: 411.2,
        language: 'fr',
        text: 'Bonjour Julien, j’ai contacté Colissimo : le colis a été mis de côté pour un tri manuel, car il contient une lampe fragile. Il repart aujourd’hui et sera livré d’ici 48 h, contre signature.',
        english:
          'Hello Julien, I contacted Colissimo: the parcel was set aside for manual sorting because it contains a fragile lamp. It leaves today and will be delivered within 48 hours, against signature.',
        resolve: true,
        rating: { satisfied: true, hoursAgo: 386.9 },
      },
    ],
  },
  {
    // closed (seller-handled after-sales on the high-value order: refunded, then closed)
    id: 'q-009',
    buyerId: 'b-julien',
    topic: 'item_defective',
    orderId: 'o-1002',
    items: [{ itemId: 'o-1002-1', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 300.3,
        language: 'fr',
        text: 'Bonjour, la couronne de la montre automatique s’est détachée ce matin quand je l’ai remontée, sans forcer. Je l’ai reçue il y a quatre jours. Je joins deux photos.',
        english:
          'Hello, the crown of the automatic watch came off this morning while I was winding it, without forcing it. I received it four days ago. I am attaching two photos.',
        photos: 2,
      },
      {
        from: 'seller',
        hoursAgo: 291.7,
        language: 'fr',
        text: 'Bonjour Julien, je suis vraiment désolée, cela ne devrait pas arriver. Je vous ai envoyé par e-mail une étiquette Colissimo prépayée : renvoyez la montre dans son écrin avec la couronne, et je vous rembourse intégralement dès réception. Si vous préférez un échange, j’ai une autre pièce en stock.',
        english:
          "Hello Julien, I'm really sorry, that shouldn't happen. I've emailed you a prepaid Colissimo label: send the watch back in its box with the crown, and I'll refund you in full as soon as it arrives. If you prefer an exchange, I have another one in stock.",
        rating: { satisfied: true, comment: 'Très réactive, merci.', hoursAgo: 285.5 },
      },
      {
        from: 'buyer',
        hoursAgo: 270.4,
        language: 'fr',
        text: 'Merci pour la réponse rapide. Je préfère un remboursement. Colis déposé ce matin, numéro de suivi 6A20418853097.',
        english:
          'Thanks for the quick reply. I prefer a refund. I dropped off the parcel this morning, tracking number 6A20418853097.',
      },
      { event: 'refunded', hoursAgo: 240.2, items: [{ itemId: 'o-1002-1', quantity: 1 }] },
      { event: 'closed', hoursAgo: 72.2, reason: 'No further messages for 7 days.' },
    ],
  },
  {
    // awaiting_buyer (seller-handled after-sales on the high-value order)
    id: 'q-010',
    buyerId: 'b-julien',
    topic: 'return_refund',
    orderId: 'o-1002',
    items: [{ itemId: 'o-1002-3', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 62.1,
        language: 'fr',
        text: 'Bonjour, les boots en daim sont superbes mais trop étroites pour moi, même après quelques jours à la maison. Je suis encore dans le délai de 14 jours : comment puis-je les retourner ?',
        english:
          "Hello, the suede boots are beautiful but too narrow for me, even after a few days at home. I'm still within the 14-day period: how can I return them?",
      },
      {
        from: 'seller',
        hoursAgo: 41.3,
        language: 'fr',
        text: 'Bonjour Julien, pas de souci. Je vous ai envoyé une étiquette de retour Colissimo prépayée par e-mail. Merci de renvoyer les boots non portées à l’extérieur, dans leur boîte d’origine. Je rembourse les 189 € dès réception, en général sous 3 jours ouvrés.',
        english:
          "Hello Julien, no problem. I've emailed you a prepaid Colissimo return label. Please send the boots back unworn outdoors, in their original box. I'll refund the €189 as soon as they arrive, usually within 3 working days.",
      },
    ],
  },
  {
    // resolved
    id: 'q-011',
    buyerId: 'b-julien',
    topic: 'change_address',
    orderId: 'o-1016',
    address: {
      name: 'Julien Moreau',
      line1: '23 cours Gambetta',
      line2: 'Bâtiment B, 3e étage',
      postalCode: '69007',
      city: 'Lyon',
      country: 'FR',
    },
    steps: [
      {
        from: 'buyer',
        hoursAgo: 20.3,
        language: 'fr',
        text: 'Bonjour, je viens de commander mais l’adresse enregistrée est l’ancienne, j’ai déménagé la semaine dernière. Pouvez-vous envoyer le colis au 23 cours Gambetta, bâtiment B, 3e étage, 69007 Lyon ?',
        english:
          'Hello, I just ordered but the saved address is my old one; I moved last week. Could you send the parcel to 23 cours Gambetta, building B, 3rd floor, 69007 Lyon?',
      },
      {
        from: 'seller',
        hoursAgo: 12.4,
        language: 'fr',
        text: 'Bonjour Julien, c’est fait : la commande SQ-2026-1016 partira au 23 cours Gambetta, bâtiment B, 3e étage, 69007 Lyon. Elle n’était pas encore préparée, donc aucun souci.',
        english:
          "Hello Julien, done: order SQ-2026-1016 will go to 23 cours Gambetta, building B, 3rd floor, 69007 Lyon. It hadn't been packed yet, so no problem at all.",
        resolve: true,
        rating: { satisfied: true, hoursAgo: 8.1 },
      },
    ],
  },
  {
    // awaiting_seller, due soon
    id: 'q-012',
    buyerId: 'b-julien',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 44.6,
        language: 'fr',
        text: 'Bonjour, proposez-vous un emballage cadeau ? Je voudrais offrir le cardigan en mérinos à ma compagne, avec un petit mot et sans la facture dans le colis.',
        english:
          "Hello, do you offer gift wrapping? I'd like to give the merino cardigan to my partner, with a short note and without the invoice in the parcel.",
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-013',
    buyerId: 'b-julien',
    topic: 'product',
    subject: 'size',
    productId: 'p-03',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 140.2,
        language: 'fr',
        text: 'Bonjour, ma compagne mesure 1,65 m et porte habituellement du 38. Quelle taille de cardigan me conseillez-vous ? Elle aime quand c’est un peu ample.',
        english:
          'Hello, my partner is 1.65 m tall and usually wears a French 38. Which cardigan size would you recommend? She likes it a little loose.',
      },
      {
        from: 'seller',
        hoursAgo: 128.5,
        language: 'fr',
        text: 'Bonjour Julien, le cardigan a une coupe droite. En S, il fait 100 cm de tour de poitrine et 62 cm de long ; en M, 106 cm et 64 cm. Pour un 38 avec un tombé un peu ample, je conseille le M.',
        english:
          'Hello Julien, the cardigan has a straight cut. In S it measures 100 cm around the chest and 62 cm long; in M, 106 cm and 64 cm. For a 38 with a slightly loose fit, I recommend M.',
      },
    ],
  },

  // --- Lucía (ES) ---
  {
    // resolved (before she ordered o-1008)
    id: 'q-014',
    buyerId: 'b-lucia',
    topic: 'product',
    subject: 'size',
    productId: 'p-07',
    publicConsent: true,
    publish: {
      hoursAgo: 151,
      question: '¿Las alpargatas tallan grande o pequeño?',
      answer:
        'Tallan normal: la plantilla de la 38 mide 24,5 cm y la de la 37, 23,8 cm. La lona cede un poco con el uso, así que, si estás entre dos tallas, te recomendamos la 38.',
    },
    steps: [
      {
        from: 'buyer',
        hoursAgo: 160.4,
        language: 'es',
        text: 'Hola, ¿las alpargatas tallan grande o pequeño? Normalmente uso un 38, pero en algunas marcas me va mejor el 37.',
        english:
          'Hi, do the espadrilles run large or small? I usually wear a 38, but with some brands the 37 fits me better.',
      },
      {
        from: 'seller',
        hoursAgo: 151.2,
        language: 'es',
        text: 'Hola Lucía, tallan normal: la plantilla de la 38 mide 24,5 cm y la de la 37, 23,8 cm. La lona cede un poco con el uso, así que, si estás entre dos tallas, te recomiendo la 38.',
        english:
          "Hi Lucía, they're true to size: the insole of the 38 is 24.5 cm long and that of the 37 is 23.8 cm. The canvas gives a little with wear, so if you're between two sizes, I recommend the 38.",
        resolve: true,
        rating: { satisfied: true, comment: '¡Gracias, respuesta muy clara!', hoursAgo: 146.7 },
      },
    ],
  },
  {
    // awaiting_seller, due soon: resolved, then reopened by her follow-up
    id: 'q-015',
    buyerId: 'b-lucia',
    topic: 'change_item',
    orderId: 'o-1008',
    items: [{ itemId: 'o-1008-2', quantity: 1 }],
    change: 'Talla M en lugar de S, mismo color (blanco)',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 115.3,
        language: 'es',
        text: 'Hola, acabo de hacer el pedido y me he dado cuenta de que he elegido la camisa de lino en talla S. ¿Se puede cambiar a la M?',
        english:
          "Hi, I've just placed the order and realised I chose the linen shirt in size S. Can it be changed to M?",
      },
      {
        from: 'seller',
        hoursAgo: 110.1,
        language: 'es',
        text: 'Hola Lucía, sí, todavía no hemos preparado el pedido. ¿La quieres en M y del mismo color, blanco?',
        english:
          "Hi Lucía, yes, we haven't packed the order yet. Do you want it in M and the same colour, white?",
      },
      {
        from: 'buyer',
        hoursAgo: 108.6,
        language: 'es',
        text: 'Sí, en M y en blanco, por favor. ¡Gracias!',
        english: 'Yes, in M and white, please. Thanks!',
      },
      {
        from: 'seller',
        hoursAgo: 104.2,
        language: 'es',
        text: 'Hecho: he cambiado la camisa a la talla M en blanco, al mismo precio. La M nos llega del taller en un par de días y tu pedido saldrá justo después.',
        english:
          "Done: I've changed the shirt to size M in white, at the same price. The M arrives from our workshop in a couple of days and your order will ship right after.",
        resolve: true,
        rating: { satisfied: true, hoursAgo: 100.5 },
      },
      {
        from: 'buyer',
        hoursAgo: 39.8,
        language: 'es',
        text: 'Hola de nuevo: el pedido sigue «en preparación» y ya han pasado cinco días desde que lo hice. ¿Ha llegado ya la camisa en M? ¿Cuándo se enviará?',
        english:
          "Hello again: the order still says 'being prepared' and it's been five days since I placed it. Has the M shirt arrived yet? When will it ship?",
      },
    ],
  },
  {
    // resolved without a reply: she found the answer herself
    id: 'q-016',
    buyerId: 'b-lucia',
    topic: 'product',
    subject: 'material',
    productId: 'p-02',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 260.3,
        language: 'es',
        text: 'Hola, ¿la camisa de lino es 100 % lino o lleva mezcla? ¿Y se arruga mucho?',
        english: 'Hi, is the linen shirt 100% linen or a blend? And does it crease a lot?',
      },
      {
        from: 'buyer',
        hoursAgo: 258.7,
        language: 'es',
        text: 'Vale, ya lo he visto en la descripción: 100 % lino lavado a la piedra. ¡Perdona y gracias!',
        english:
          "OK, I've just seen it in the description: 100% stonewashed linen. Sorry, and thanks!",
      },
      { event: 'resolved', hoursAgo: 250.1 },
    ],
  },
  {
    // awaiting_buyer (rated not satisfied)
    id: 'q-017',
    buyerId: 'b-lucia',
    topic: 'product',
    subject: 'stock',
    productId: 'p-09',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 30.2,
        language: 'es',
        text: 'Hola, ¿vais a volver a tener el bolso bandolera en verde botella? Ahora solo veo negro y coñac.',
        english:
          'Hi, will you have the crossbody bag in bottle green again? I only see black and cognac now.',
      },
      {
        from: 'seller',
        hoursAgo: 21.4,
        language: 'es',
        text: 'Hola Lucía, el verde botella fue una edición limitada y por ahora no tenemos prevista otra tanda. Si lo volvemos a producir, te aviso por aquí.',
        english:
          "Hi Lucía, the bottle green was a limited edition and we have no new batch planned for now. If we make it again, I'll let you know here.",
        rating: { satisfied: false, comment: 'Qué pena, me encantaba ese color.', hoursAgo: 18.3 },
      },
    ],
  },

  // --- Marco (IT) ---
  {
    // resolved
    id: 'q-018',
    buyerId: 'b-marco',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 600.2,
        language: 'it',
        text: 'Buongiorno, avete un negozio fisico a Milano o vendete solo online? Vorrei vedere le borse dal vivo prima di comprarle.',
        english:
          "Good morning, do you have a physical shop in Milan or do you only sell online? I'd like to see the bags in person before buying.",
      },
      {
        from: 'seller',
        hoursAgo: 589.6,
        language: 'it',
        text: 'Buongiorno Marco, al momento vendiamo solo online. In compenso il reso in Italia è gratuito entro 30 giorni: può ordinare la borsa, vederla con calma a casa e, se non la convince, rimandarcela con l’etichetta prepagata.',
        english:
          "Good morning Marco, at the moment we only sell online. On the other hand, returns from Italy are free within 30 days: you can order the bag, look at it at home in your own time and, if you don't like it, send it back with the prepaid label.",
        resolve: true,
        rating: { satisfied: true, hoursAgo: 580.2 },
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-019',
    buyerId: 'b-marco',
    topic: 'product',
    subject: 'material',
    productId: 'p-08',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 300.1,
        language: 'it',
        text: 'Ciao, la borsa weekender è impermeabile? E si può portare come bagaglio a mano in aereo?',
        english:
          'Hi, is the weekender bag waterproof? And can it be taken on a plane as hand luggage?',
      },
      {
        from: 'seller',
        hoursAgo: 286.4,
        language: 'it',
        text: 'Ciao Marco, la tela cerata resiste bene alla pioggia, ma le cuciture non sono sigillate: sotto un acquazzone forte meglio non lasciarla fuori a lungo. Misura 50 × 30 × 20 cm (30 litri), quindi rientra nelle misure standard del bagaglio a mano di 55 × 40 × 20 cm.',
        english:
          "Hi Marco, the waxed canvas stands up well to rain, but the seams aren't sealed: in a heavy downpour it's better not to leave it out for long. It measures 50 × 30 × 20 cm (30 litres), so it fits the standard 55 × 40 × 20 cm hand-luggage size.",
        rating: { satisfied: true, comment: 'Perfetto, grazie!', hoursAgo: 279.3 },
      },
    ],
  },
  {
    // awaiting_seller, late
    id: 'q-020',
    buyerId: 'b-marco',
    topic: 'product',
    subject: 'colour',
    productId: 'p-06',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 130.2,
        language: 'it',
        text: 'Buongiorno, il colore «Tobacco» degli stivaletti è un marrone caldo o tende al rossiccio? Sul mio schermo sembra quasi arancione.',
        english:
          "Good morning, is the 'Tobacco' colour of the boots a warm brown or does it lean towards reddish? On my screen it looks almost orange.",
      },
    ],
  },
  {
    // awaiting_seller, fresh
    id: 'q-021',
    buyerId: 'b-marco',
    topic: 'change_item',
    orderId: 'o-1009',
    items: [{ itemId: 'o-1009-1', quantity: 1 }],
    change: 'Colore cognac invece di nero',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 14.2,
        language: 'it',
        text: 'Ciao, ho appena ordinato la borsa a tracolla in nero ma ci ho ripensato: si può cambiare con quella color cognac? Il prezzo è lo stesso, giusto?',
        english:
          "Hi, I've just ordered the crossbody bag in black but I've changed my mind: can it be switched to the cognac one? The price is the same, right?",
      },
    ],
  },

  // --- Sanne (NL) ---
  {
    // awaiting_seller, late: her follow-up after the answer is unanswered
    id: 'q-022',
    buyerId: 'b-sanne',
    topic: 'product',
    subject: 'material',
    productId: 'p-17',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 300.4,
        language: 'nl',
        text: 'Hoi! Is het linnen dekbedovertrek voorgewassen? En krimpt het als ik het op 60 graden was?',
        english:
          'Hi! Is the linen duvet cover pre-washed? And does it shrink if I wash it at 60 degrees?',
      },
      {
        from: 'seller',
        hoursAgo: 291.3,
        language: 'nl',
        text: 'Hoi Sanne, ja, het linnen is stonewashed en dus voorgewassen; het krimpt hooguit 1 à 2 procent. We raden 40 graden aan. 60 graden kan af en toe, maar dan vervaagt de kleur sneller. Liever niet in de droger op de hoogste stand.',
        english:
          'Hi Sanne, yes, the linen is stonewashed and therefore pre-washed; it shrinks 1 to 2 per cent at most. We recommend 40 degrees. 60 degrees is fine now and then, but the colour fades faster. Preferably not in the dryer on the highest setting.',
        rating: { satisfied: true, hoursAgo: 284.6 },
      },
      {
        from: 'buyer',
        hoursAgo: 66.4,
        language: 'nl',
        text: 'Dank je! Nog één vraag: past het overtrek van 200 × 220 cm ook om een dekbed van 200 × 200 cm, of wordt dat te ruim?',
        english:
          'Thanks! One more question: does the 200 × 220 cm cover also fit a 200 × 200 cm duvet, or will it be too loose?',
      },
    ],
  },
  {
    // resolved
    id: 'q-023',
    buyerId: 'b-sanne',
    topic: 'tracking',
    orderId: 'o-1003',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 260.5,
        language: 'nl',
        text: "Hoi, volgens PostNL wordt mijn pakket al twee dagen 'morgen verwacht', maar er gebeurt niks. Weten jullie meer?",
        english:
          "Hi, according to PostNL my parcel has been 'expected tomorrow' for two days, but nothing happens. Do you know more?",
      },
      {
        from: 'seller',
        hoursAgo: 253.2,
        language: 'nl',
        text: 'Hoi Sanne, ik heb het nagevraagd: door de drukte heeft het pakket een dag extra in het sorteercentrum gelegen. Volgens PostNL wordt het morgen bezorgd. Excuses voor het wachten!',
        english:
          'Hi Sanne, I looked into it: because of the busy period the parcel spent an extra day at the sorting centre. According to PostNL it will be delivered tomorrow. Sorry for the wait!',
        resolve: true,
      },
    ],
  },
  {
    // resolved by a refund (seller-funded order: the seller handles after-sales)
    id: 'q-024',
    buyerId: 'b-sanne',
    topic: 'return_refund',
    orderId: 'o-1003',
    items: [{ itemId: 'o-1003-2', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 190.2,
        language: 'nl',
        text: "Hoi, de plaid is heerlijk zacht, maar de kleur Rust is in het echt veel roder dan op de foto's en past niet bij onze bank. Kan ik hem retourneren?",
        english:
          "Hi, the throw is lovely and soft, but the Rust colour is much redder in real life than in the photos and doesn't go with our sofa. Can I return it?",
      },
      {
        from: 'seller',
        hoursAgo: 182.4,
        language: 'nl',
        text: 'Hoi Sanne, natuurlijk. Ik heb je een PostNL-retourlabel gemaild. Stuur de plaid ongebruikt terug; zodra hij binnen is, betaal ik de € 89,00 terug via je oorspronkelijke betaalmethode.',
        english:
          "Hi Sanne, of course. I've emailed you a PostNL return label. Send the throw back unused; as soon as it arrives, I'll refund the €89.00 to your original payment method.",
        rating: { satisfied: true, comment: 'Snel en duidelijk, top!', hoursAgo: 176.1 },
      },
      {
        from: 'buyer',
        hoursAgo: 120.3,
        language: 'nl',
        text: 'Het pakket is vandaag afgegeven bij het PostNL-punt. De trackingcode is 3SLLNL4718302.',
        english:
          'The parcel was dropped off at the PostNL point today. The tracking code is 3SLLNL4718302.',
      },
      { event: 'refunded', hoursAgo: 95.4, items: [{ itemId: 'o-1003-2', quantity: 1 }] },
    ],
  },
  {
    // awaiting_seller, fresh (seller-handled after-sales, not yet late)
    id: 'q-025',
    buyerId: 'b-sanne',
    topic: 'item_damaged',
    orderId: 'o-1003',
    items: [{ itemId: 'o-1003-1', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 20.5,
        language: 'nl',
        text: "Hoi, de tafellamp was een cadeau voor mijn moeder en ze heeft hem gisteren pas uitgepakt: de keramieken voet heeft een barst van zo'n 4 cm. De doos zag er van buiten gewoon goed uit. Foto's zitten erbij.",
        english:
          'Hi, the table lamp was a present for my mother and she only unpacked it yesterday: the ceramic base has a crack of about 4 cm. The box looked fine from the outside. Photos attached.',
        photos: 2,
      },
    ],
  },

  // --- Katarzyna (PL) ---
  {
    // resolved (before she ordered o-1006)
    id: 'q-026',
    buyerId: 'b-kasia',
    topic: 'product',
    subject: 'size',
    productId: 'p-03',
    publicConsent: true,
    steps: [
      {
        from: 'buyer',
        hoursAgo: 150.3,
        language: 'pl',
        text: 'Dzień dobry, mam 164 cm wzrostu i 88 cm w biuście. Czy kardigan w rozmiarze S nie będzie za ciasny? Lubię nosić pod nim koszulę.',
        english:
          "Hello, I'm 164 cm tall with an 88 cm bust. Won't the cardigan in size S be too tight? I like wearing a shirt under it.",
      },
      {
        from: 'seller',
        hoursAgo: 141.2,
        language: 'pl',
        text: 'Dzień dobry, Pani Katarzyno! Kardigan w rozmiarze S ma 100 cm obwodu w klatce piersiowej, więc przy 88 cm zostaje 12 cm luzu – koszula spokojnie się zmieści. Długość to 62 cm, a rękaw ma 58 cm od ramienia.',
        english:
          'Hello Katarzyna! The cardigan in size S measures 100 cm around the chest, so with 88 cm you have 12 cm of ease – a shirt will fit underneath easily. It is 62 cm long, and the sleeve is 58 cm from the shoulder.',
        resolve: true,
        rating: { satisfied: true, comment: 'Dziękuję, zamawiam S!', hoursAgo: 136.4 },
      },
    ],
  },
  {
    // awaiting_seller, late
    id: 'q-027',
    buyerId: 'b-kasia',
    topic: 'change_address',
    orderId: 'o-1006',
    address: {
      name: 'Katarzyna Nowak',
      line1: 'ul. Rakowicka 7',
      line2: 'Lumen Software, 3. piętro',
      postalCode: '31-511',
      city: 'Kraków',
      country: 'PL',
    },
    steps: [
      {
        from: 'buyer',
        hoursAgo: 58.1,
        language: 'pl',
        text: 'Dzień dobry, w tym tygodniu nie będzie mnie w domu. Czy można przekierować paczkę na adres mojego biura: ul. Rakowicka 7, 31-511 Kraków (Lumen Software, 3. piętro)?',
        english:
          "Hello, I won't be at home this week. Could the parcel be redirected to my office address: ul. Rakowicka 7, 31-511 Kraków (Lumen Software, 3rd floor)?",
      },
    ],
  },
  {
    // awaiting_seller, fresh
    id: 'q-028',
    buyerId: 'b-kasia',
    topic: 'product',
    subject: 'shipping',
    productId: 'p-19',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 3.1,
        language: 'pl',
        text: 'Dzień dobry, czy świece możecie wysłać do Paczkomatu InPost? Chciałabym zamówić dwa zestawy na prezent.',
        english:
          "Hello, can you send the candles to an InPost parcel locker? I'd like to order two sets as a gift.",
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-029',
    buyerId: 'b-kasia',
    topic: 'product',
    subject: 'colour',
    productId: 'p-04',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 80.4,
        language: 'pl',
        text: 'Czy bluza w kolorze Olive jest bardziej zielona, czy raczej khaki? Na zdjęciu wygląda trochę szaro.',
        english:
          'Is the hoodie in Olive more green or rather khaki? In the photo it looks a bit grey.',
      },
      {
        from: 'seller',
        hoursAgo: 70.2,
        language: 'pl',
        text: 'Dzień dobry, Pani Katarzyno! To przygaszona, ciemna oliwkowa zieleń z lekko szarym odcieniem – wyraźnie bardziej zielona niż khaki. W świetle dziennym jest odrobinę jaśniejsza niż na zdjęciu.',
        english:
          "Hello Katarzyna! It's a muted, dark olive green with a slightly grey undertone – clearly greener than khaki. In daylight it's a touch lighter than in the photo.",
        rating: { satisfied: true, hoursAgo: 66.2 },
      },
    ],
  },

  // --- Erik (SE) ---
  {
    // closed (answered with a photo before he ordered o-1007)
    id: 'q-030',
    buyerId: 'b-erik',
    topic: 'product',
    subject: 'colour',
    productId: 'p-12',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 330.3,
        language: 'sv',
        text: 'Hej! Är färgen Sage mer grön eller grå? Jag vill att muggarna ska passa till ett grått bord.',
        english:
          'Hi! Is the Sage colour more green or grey? I want the mugs to go with a grey table.',
      },
      {
        from: 'seller',
        hoursAgo: 322.1,
        language: 'sv',
        text: 'Hej Erik! Sage är en dämpad, gråaktig grön, ungefär som torkad salvia. Jag bifogar en bild på muggarna i dagsljus bredvid en grå linneduk, så ser du nyansen.',
        english:
          "Hi Erik! Sage is a muted, greyish green, a bit like dried sage. I'm attaching a photo of the mugs in daylight next to a grey linen tablecloth so you can see the shade.",
        photos: 1,
        resolve: true,
        rating: { satisfied: true, comment: 'Tack, bilden hjälpte!', hoursAgo: 318.5 },
      },
      { event: 'closed', hoursAgo: 154.1, reason: 'No further messages for 7 days.' },
    ],
  },
  {
    // awaiting_platform (after-sales on a standard order: platform customer service)
    id: 'q-031',
    buyerId: 'b-erik',
    topic: 'item_damaged',
    orderId: 'o-1007',
    items: [{ itemId: 'o-1007-1', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 160.2,
        language: 'sv',
        text: 'Hej, jag hämtade paketet i dag och två av de fyra muggarna i setet var trasiga. Kartongen var intryckt i ena hörnet. Bilder bifogade.',
        english:
          'Hi, I picked up the parcel today and two of the four mugs in the set were broken. The box was dented in one corner. Photos attached.',
        photos: 2,
      },
      {
        from: 'platform',
        hoursAgo: 141.3,
        language: 'sv',
        text: 'Hej Erik, tack för bilderna och förlåt för besväret. Vill du att vi skickar ett nytt set, eller vill du hellre få pengarna tillbaka för setet? Du behöver inte skicka tillbaka de trasiga muggarna. Vänliga hälsningar, kundtjänst',
        english:
          "Hi Erik, thank you for the photos and sorry for the trouble. Would you like us to send a new set, or would you rather have a refund for the set? You don't need to send back the broken mugs. Kind regards, Customer Service",
      },
      {
        from: 'buyer',
        hoursAgo: 133.6,
        language: 'sv',
        text: 'Ett nytt set, tack! Gärna i samma färg (Sage).',
        english: 'A new set, please! Preferably in the same colour (Sage).',
      },
    ],
  },
  {
    // awaiting_seller, fresh
    id: 'q-032',
    buyerId: 'b-erik',
    topic: 'product',
    subject: 'stock',
    productId: 'p-14',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 9.8,
        language: 'sv',
        text: 'Hej, kommer mässingslampan tillbaka i lager snart? Jag vill gärna beställa två till vårt kök.',
        english:
          "Hi, will the brass pendant lamp be back in stock soon? I'd like to order two for our kitchen.",
      },
    ],
  },
  {
    // awaiting_seller, due soon
    id: 'q-033',
    buyerId: 'b-erik',
    topic: 'product',
    subject: 'size',
    productId: 'p-04',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 38.4,
        language: 'sv',
        text: 'Hej! Jag är 186 cm lång och ganska smal. Blir hoodien i L för kort i ärmarna, eller ska jag ta XL?',
        english:
          "Hi! I'm 186 cm tall and fairly slim. Will the hoodie in L be too short in the sleeves, or should I take XL?",
      },
    ],
  },
  {
    // awaiting_buyer (rated not satisfied)
    id: 'q-034',
    buyerId: 'b-erik',
    topic: 'product',
    subject: 'other',
    productId: 'p-16',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 120.5,
        language: 'sv',
        text: 'Hej, går det att korta armbandet på fältklockan? Jag har en ganska smal handled, ungefär 15 cm.',
        english:
          'Hi, can the strap on the field watch be shortened? I have a fairly slim wrist, about 15 cm.',
      },
      {
        from: 'seller',
        hoursAgo: 101.3,
        language: 'sv',
        text: 'Hej Erik! Läderarmbandet har sju hål och passar handleder från ungefär 15,5 till 20 cm, så på 15 cm kan det sitta lite löst. En skomakare eller urmakare kan göra ett extra hål, eller så kan du byta till valfritt 20 mm-armband i storlek S.',
        english:
          'Hi Erik! The leather strap has seven holes and fits wrists from about 15.5 to 20 cm, so at 15 cm it may sit a little loose. A cobbler or watchmaker can add an extra hole, or you can switch to any 20 mm strap in size S.',
        rating: {
          satisfied: false,
          comment: 'Hade hoppats att ni kunde skicka ett kortare armband.',
          hoursAgo: 96.2,
        },
      },
    ],
  },
  {
    // awaiting_buyer (rated not satisfied)
    id: 'q-035',
    buyerId: 'b-erik',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 55.2,
        language: 'sv',
        text: 'Hej! Har ni studentrabatt? Jag pluggar i Göteborg och har Mecenat-kort.',
        english:
          'Hi! Do you have a student discount? I study in Gothenburg and have a Mecenat card.',
      },
      {
        from: 'seller',
        hoursAgo: 47.1,
        language: 'sv',
        text: 'Hej Erik, tyvärr har vi ingen studentrabatt just nu. Om du prenumererar på vårt nyhetsbrev får du däremot 10 % rabatt på din nästa beställning.',
        english:
          "Hi Erik, unfortunately we don't offer a student discount at the moment. If you subscribe to our newsletter, though, you get 10% off your next order.",
        rating: {
          satisfied: false,
          comment: 'Synd, jag hade hoppats på studentrabatt.',
          hoursAgo: 30.4,
        },
      },
    ],
  },

  // --- Inês (PT) ---
  {
    // awaiting_seller, late
    id: 'q-036',
    buyerId: 'b-ines',
    topic: 'product',
    subject: 'shipping',
    productId: 'p-13',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 75.3,
        language: 'pt',
        text: 'Olá! Quanto tempo demora o envio do candeeiro de cerâmica para Portugal? Preciso dele para a inauguração da minha loja daqui a duas semanas.',
        english:
          'Hi! How long does shipping the ceramic table lamp to Portugal take? I need it for the opening of my shop in two weeks.',
      },
    ],
  },
  {
    // awaiting_platform: escalated, the parcel is already with the carrier
    id: 'q-037',
    buyerId: 'b-ines',
    topic: 'change_address',
    orderId: 'o-1010',
    address: {
      name: 'Inês Carvalho',
      line1: 'Rua de Cedofeita 251',
      line2: '2.º Esq.',
      postalCode: '4050-180',
      city: 'Porto',
      country: 'PT',
    },
    steps: [
      {
        from: 'buyer',
        hoursAgo: 30.3,
        language: 'pt',
        text: 'Olá, enganei-me no número da porta: é Rua de Cedofeita 251 e não 215. O resto da morada está correto. Ainda é possível corrigir?',
        english:
          "Hi, I got the door number wrong: it's Rua de Cedofeita 251, not 215. The rest of the address is correct. Is it still possible to fix it?",
      },
      {
        from: 'seller',
        hoursAgo: 22.5,
        language: 'pt',
        text: 'Olá Inês, a encomenda já foi entregue à CTT, por isso já não consigo alterar a morada do meu lado. Pedi ao apoio ao cliente da plataforma que solicite o reencaminhamento à CTT; vão contactá-la por aqui.',
        english:
          "Hi Inês, the order has already been handed to CTT, so I can no longer change the address on my side. I've asked the platform's customer service to request a redirect from CTT; they'll contact you here.",
      },
      {
        event: 'escalated',
        hoursAgo: 22.3,
        reason:
          "Parcel already handed to CTT. The buyer needs a carrier redirect to door number 251, which I can't request myself.",
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-038',
    buyerId: 'b-ines',
    topic: 'product',
    subject: 'colour',
    productId: 'p-01',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 200.4,
        language: 'pt',
        text: 'Olá! O azul-marinho da t-shirt é mesmo escuro ou puxa mais para o azul? Queria um tom quase preto.',
        english:
          'Hi! Is the navy of the T-shirt really dark, or does it lean more towards blue? I wanted an almost black shade.',
      },
      {
        from: 'seller',
        hoursAgo: 190.2,
        language: 'pt',
        text: 'Olá Inês, é um azul-marinho bastante escuro: à luz do dia percebe-se que é azul, mas à noite parece quase preto. Se quiser mesmo um tom quase preto, temos também a cor Charcoal.',
        english:
          "Hi Inês, it's quite a dark navy: in daylight you can tell it's blue, but in the evening it looks almost black. If you really want an almost-black shade, we also have the Charcoal colour.",
        rating: { satisfied: true, hoursAgo: 185.3 },
      },
    ],
  },
  {
    // awaiting_buyer (she ordered two totes after the answer)
    id: 'q-039',
    buyerId: 'b-ines',
    topic: 'product',
    subject: 'material',
    productId: 'p-10',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 90.2,
        language: 'pt',
        text: 'O saco tote é de algodão orgânico certificado? E aguenta peso, por exemplo, as compras do supermercado?',
        english:
          'Is the tote bag made of certified organic cotton? And can it take weight, for example the supermarket shopping?',
      },
      {
        from: 'seller',
        hoursAgo: 84.1,
        language: 'pt',
        text: 'Olá Inês, sim: é lona de algodão orgânico com certificação GOTS, de 340 g/m². As alças têm costuras reforçadas e o saco aguenta bem 10 kg de compras.',
        english:
          "Hi Inês, yes: it's GOTS-certified organic cotton canvas, 340 g/m². The handles have reinforced stitching and the bag easily holds 10 kg of shopping.",
      },
    ],
  },
  {
    // resolved
    id: 'q-040',
    buyerId: 'b-ines',
    topic: 'product',
    subject: 'size',
    productId: 'p-07',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 500.3,
        language: 'pt',
        text: 'Olá, calço 39 mas tenho o pé um bocadinho largo. As alpargatas ficam apertadas?',
        english: "Hi, I'm a size 39 but my feet are a little wide. Are the espadrilles tight?",
      },
      {
        from: 'seller',
        hoursAgo: 489.6,
        language: 'pt',
        text: 'Olá Inês, a lona é macia e cede com o uso, por isso pés um pouco largos costumam ficar bem. A palmilha do 39 mede 25,2 cm de comprimento e 9,6 cm na parte mais larga. Se tiver dúvidas, a troca de tamanho é gratuita.',
        english:
          'Hi Inês, the canvas is soft and gives with wear, so slightly wide feet usually fit well. The size 39 insole is 25.2 cm long and 9.6 cm at its widest. If in doubt, exchanging for another size is free.',
        resolve: true,
        rating: { satisfied: true, comment: 'Obrigada, muito útil!', hoursAgo: 470.2 },
      },
    ],
  },

  // --- Lukas (AT) ---
  {
    // awaiting_seller, fresh: two exchanges, resolved, then reopened by a follow-up
    id: 'q-041',
    buyerId: 'b-lukas',
    topic: 'product',
    subject: 'material',
    productId: 'p-18',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 400.2,
        language: 'de',
        text: 'Servus! Ist die Decke aus reiner Schurwolle oder ist da Kunstfaser drin? Meine Frau findet Wolle oft kratzig.',
        english:
          'Hi! Is the throw pure new wool or is there synthetic fibre in it? My wife often finds wool scratchy.',
      },
      {
        from: 'seller',
        hoursAgo: 394.4,
        language: 'de',
        text: 'Hallo Lukas, die Decke ist zu 100 % aus Merinowolle mit 19,5 Mikron Faserstärke und damit deutlich weicher als normale Schurwolle. Die allermeisten Kundinnen und Kunden empfinden sie nicht als kratzig.',
        english:
          'Hi Lukas, the throw is 100% merino wool with a fibre diameter of 19.5 microns, so it is much softer than ordinary new wool. The vast majority of customers do not find it scratchy.',
        rating: { satisfied: true, comment: 'Sehr hilfreich, danke!', hoursAgo: 390.3 },
      },
      {
        from: 'buyer',
        hoursAgo: 389.1,
        language: 'de',
        text: 'Danke! Und wie groß ist sie genau? Sie soll aufs Sofa, das ist 2,10 m breit.',
        english: "Thanks! And how big is it exactly? It's for the sofa, which is 2.10 m wide.",
      },
      {
        from: 'seller',
        hoursAgo: 384.7,
        language: 'de',
        text: 'Sie misst 130 × 180 cm. Über die Rückenlehne gelegt passt sie gut zu einem 2,10 m breiten Sofa; als Zudecke für zwei wird sie allerdings etwas knapp.',
        english:
          "It measures 130 × 180 cm. Draped over the backrest it suits a 2.10 m sofa well; as a blanket for two, though, it's a bit small.",
        resolve: true,
      },
      {
        from: 'buyer',
        hoursAgo: 6.3,
        language: 'de',
        text: 'Hallo nochmal! Wir wollen die Decke jetzt bestellen. Eine letzte Frage: Kann man sie in der Maschine waschen oder nur chemisch reinigen lassen?',
        english:
          'Hello again! We want to order the throw now. One last question: can it be machine-washed, or only dry-cleaned?',
      },
    ],
  },
  {
    // awaiting_platform (after-sales on a standard order)
    id: 'q-042',
    buyerId: 'b-lukas',
    topic: 'item_defective',
    orderId: 'o-1011',
    items: [{ itemId: 'o-1011-2', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 29.6,
        language: 'de',
        text: 'Grüß Gott, bei der Feldarmbanduhr lässt sich die Krone nicht mehr herausziehen, ich kann die Uhrzeit nicht mehr einstellen. Die Uhr ist erst zwei Wochen alt. Foto anbei.',
        english:
          "Hello, the crown on the field watch can no longer be pulled out, so I can't set the time any more. The watch is only two weeks old. Photo attached.",
        photos: 1,
      },
    ],
  },
  {
    // awaiting_platform: escalated, invoices are issued by the platform
    id: 'q-043',
    buyerId: 'b-lukas',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 150.4,
        language: 'de',
        text: 'Hallo, ich habe die Uhr und den Hoodie für meine Firma gekauft. Können Sie mir eine Rechnung auf die Firma mit unserer UID-Nummer ausstellen? Die Nummer schicke ich gern mit.',
        english:
          "Hello, I bought the watch and the hoodie for my company. Could you issue an invoice in the company's name with our VAT number? I'm happy to send the number.",
      },
      {
        from: 'seller',
        hoursAgo: 141.2,
        language: 'de',
        text: 'Hallo Lukas, die Rechnungen stellt bei diesem Marktplatz der Kundenservice der Plattform aus, ich kann sie leider nicht selbst ändern. Ich habe den Kundenservice gebeten, Ihnen eine korrigierte Rechnung auszustellen; er meldet sich hier bei Ihnen.',
        english:
          "Hello Lukas, on this marketplace invoices are issued by the platform's customer service, so unfortunately I can't change them myself. I've asked customer service to issue you a corrected invoice; they'll get in touch with you here.",
      },
      {
        event: 'escalated',
        hoursAgo: 140.9,
        reason:
          "Buyer needs a corrected invoice with his company's VAT ID; invoices are issued by the platform.",
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-044',
    buyerId: 'b-lukas',
    topic: 'product',
    subject: 'size',
    productId: 'p-06',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 260.2,
        language: 'de',
        text: 'Ich trage normalerweise 44, habe aber einen eher breiten Fuß. Passen die Chelsea Boots in 44, oder soll ich lieber 45 nehmen?',
        english:
          'I normally wear a 44 but have rather wide feet. Will the Chelsea boots in 44 fit, or should I go for 45?',
      },
      {
        from: 'seller',
        hoursAgo: 251.3,
        language: 'de',
        text: 'Hallo Lukas, die Boots fallen normal aus, der Leisten ist aber eher schmal: Die Ballenbreite liegt in Größe 44 bei etwa 10,2 cm. Bei breitem Fuß empfehle ich 45; das Veloursleder gibt nach ein paar Tagen zusätzlich etwas nach.',
        english:
          'Hi Lukas, the boots are true to size, but the last is rather narrow: the width at the ball of the foot is about 10.2 cm in size 44. For wide feet I recommend 45; the suede also gives a little after a few days.',
        rating: { satisfied: true, hoursAgo: 240.5 },
      },
    ],
  },
  {
    // resolved
    id: 'q-045',
    buyerId: 'b-lukas',
    topic: 'remove_item',
    orderId: 'o-1017',
    items: [{ itemId: 'o-1017-2', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 33.2,
        language: 'de',
        text: 'Hallo, ich habe versehentlich drei Becher bestellt, wir brauchen aber nur zwei. Können Sie einen davon aus der Bestellung nehmen?',
        english:
          'Hello, I accidentally ordered three mugs, but we only need two. Could you take one of them out of the order?',
      },
      {
        from: 'seller',
        hoursAgo: 26.4,
        language: 'de',
        text: 'Hallo Lukas, erledigt: Ich habe einen Becher aus der Bestellung genommen, die 19,90 € werden Ihnen automatisch erstattet. Der Rest geht morgen früh raus.',
        english:
          "Hi Lukas, done: I've taken one mug out of the order and the €19.90 will be refunded to you automatically. The rest ships tomorrow morning.",
        resolve: true,
        rating: { satisfied: true, hoursAgo: 21.2 },
      },
    ],
  },

  // --- Élise (BE) ---
  {
    // resolved (rated not satisfied: she would have liked to be told first)
    id: 'q-046',
    buyerId: 'b-elise',
    topic: 'order_status',
    orderId: 'o-1012',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 200.3,
        language: 'fr',
        text: 'Bonjour, je viens de recevoir un e-mail m’indiquant que ma commande a été annulée, sans explication. Pouvez-vous me dire ce qui s’est passé ?',
        english:
          'Hello, I just received an email saying my order was cancelled, with no explanation. Can you tell me what happened?',
      },
      {
        from: 'seller',
        hoursAgo: 196.2,
        language: 'fr',
        text: 'Bonjour Élise, toutes mes excuses : la dernière parure en lin sauge en 200 × 200 avait un défaut de tissage repéré au contrôle qualité, et nous n’en avions plus d’autre en stock. La commande a été annulée et les 189 € vous ont été intégralement remboursés ; vous les verrez sous 3 à 5 jours ouvrés. Le sauge revient en stock dans environ trois semaines.',
        english:
          'Hello Élise, my apologies: the last sage linen duvet set in 200 × 200 had a weaving flaw spotted at quality control, and we had no other in stock. The order was cancelled and the €189 has been refunded in full; you will see it within 3 to 5 working days. Sage is back in stock in about three weeks.',
        resolve: true,
        rating: {
          satisfied: false,
          comment: 'Dommage, j’aurais préféré être prévenue avant l’annulation.',
          hoursAgo: 190.6,
        },
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-047',
    buyerId: 'b-elise',
    topic: 'product',
    subject: 'stock',
    productId: 'p-17',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 48.3,
        language: 'fr',
        text: 'Bonjour, en attendant le coloris sauge, la parure existe-t-elle en blanc cassé en 200 × 200 ? Je ne la vois pas dans les options.',
        english:
          "Hello, while I wait for the sage colour, is the duvet set available in off-white in 200 × 200? I can't see it in the options.",
      },
      {
        from: 'seller',
        hoursAgo: 39.2,
        language: 'fr',
        text: 'Bonjour Élise, oui : le blanc cassé s’appelle « Oat » dans le choix des couleurs (un blanc légèrement beige). Il est disponible en 200 × 200, il nous en reste quatre.',
        english:
          "Hello Élise, yes: the off-white is called 'Oat' in the colour options (a slightly beige white). It's available in 200 × 200, and we have four left.",
        rating: { satisfied: true, comment: 'Parfait, merci !', hoursAgo: 30.1 },
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-048',
    buyerId: 'b-elise',
    topic: 'product',
    subject: 'size',
    productId: 'p-05',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 12.2,
        language: 'fr',
        text: 'Bonjour, les baskets en cuir taillent-elles grand ? Je fais du 39 mais j’ai le pied assez fin.',
        english:
          'Hello, do the leather sneakers run large? I take a 39 but my feet are quite narrow.',
      },
      {
        from: 'seller',
        hoursAgo: 4.1,
        language: 'fr',
        text: 'Bonjour Élise, elles taillent normalement : la semelle intérieure du 39 mesure 25 cm. Pour un pied fin, je vous conseille votre pointure habituelle, en serrant un peu plus les lacets.',
        english:
          'Hello Élise, they are true to size: the insole of the 39 is 25 cm long. For a narrow foot, I recommend your usual size, with the laces pulled a little tighter.',
      },
    ],
  },
  {
    // resolved
    id: 'q-049',
    buyerId: 'b-elise',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 650.4,
        language: 'fr',
        text: 'Bonjour, livrez-vous en point relais en Belgique ? Je ne suis jamais chez moi en journée.',
        english:
          "Hello, do you deliver to pick-up points in Belgium? I'm never at home during the day.",
      },
      {
        from: 'seller',
        hoursAgo: 640.2,
        language: 'fr',
        text: 'Bonjour Élise, oui : en Belgique nous livrons avec bpost, et vous pouvez choisir un Point Poste ou un distributeur de colis au moment de commander. La livraison est offerte dès 60 €.',
        english:
          'Hello Élise, yes: in Belgium we deliver with bpost, and you can choose a Post Point or a parcel locker when you order. Delivery is free from €60.',
        resolve: true,
      },
    ],
  },

  // --- Siobhán (IE) ---
  {
    // resolved (before she ordered o-1013)
    id: 'q-050',
    buyerId: 'b-siobhan',
    topic: 'product',
    subject: 'shipping',
    productId: 'p-17',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 500.1,
        language: 'en',
        text: 'Hi! Do you ship to Ireland from within the EU? I got stung with customs charges on a UK order last year and want to avoid that.',
      },
      {
        from: 'seller',
        hoursAgo: 490.3,
        language: 'en',
        text: 'Hi Siobhán, yes: everything ships from our warehouse in Hamburg, so there are no customs or import charges for Ireland. Delivery usually takes 3–5 working days with An Post, and shipping is free on orders over €60.',
        resolve: true,
        rating: { satisfied: true, comment: 'Brilliant, thanks!', hoursAgo: 485.2 },
      },
    ],
  },
  {
    // resolved
    id: 'q-051',
    buyerId: 'b-siobhan',
    topic: 'product',
    subject: 'material',
    productId: 'p-19',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 220.3,
        language: 'en',
        text: 'Are the beeswax candles 100% beeswax, or blended with paraffin or soy? And what are the wicks made of?',
      },
      {
        from: 'seller',
        hoursAgo: 212.1,
        language: 'en',
        text: "Hi Siobhán, they're 100% beeswax from a family-run apiary in Lower Saxony, with no paraffin or soy. The wicks are unbleached cotton, and each candle burns for about 8 hours.",
        resolve: true,
      },
    ],
  },
  {
    // awaiting_buyer
    id: 'q-052',
    buyerId: 'b-siobhan',
    topic: 'order_status',
    orderId: 'o-1013',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 100.2,
        language: 'en',
        text: "Hi, has my order shipped yet? I'd love to have the bedding before my in-laws arrive next weekend.",
      },
      {
        from: 'seller',
        hoursAgo: 94.3,
        language: 'en',
        text: 'Hi Siobhán, it left our warehouse this morning and An Post will deliver it in Ireland. Your tracking number is CE482731905DE. It usually takes 3–5 working days, so it should arrive well before next weekend.',
        rating: { satisfied: true, hoursAgo: 90.4 },
      },
    ],
  },
  {
    // awaiting_seller, due soon
    id: 'q-053',
    buyerId: 'b-siobhan',
    topic: 'tracking',
    orderId: 'o-1013',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 46.2,
        language: 'en',
        text: "Hi again, the An Post tracking hasn't moved since it arrived at the Dublin Mail Centre yesterday morning. Is that normal, or should I be worried?",
      },
    ],
  },
  {
    // awaiting_seller, fresh
    id: 'q-054',
    buyerId: 'b-siobhan',
    topic: 'product',
    subject: 'size',
    productId: 'p-06',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 25.7,
        language: 'en',
        text: "Quick question about the Chelsea boots: I'm a UK 5 / EU 38 in most brands. Would you recommend the 38, and is there room for thicker wool socks?",
      },
    ],
  },

  // --- Oliver (GB): outside the EU/EEA, handled by platform customer service ---
  {
    // awaiting_platform
    id: 'q-055',
    buyerId: 'b-oliver',
    topic: 'product',
    subject: 'size',
    productId: 'p-05',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 60.3,
        language: 'en',
        text: "Hi, I'm a UK 9 in trainers. What EU size should I go for in the leather sneakers?",
      },
      {
        from: 'platform',
        hoursAgo: 50.2,
        language: 'en',
        text: "Hi Oliver, thanks for your message. According to the seller's size chart, a UK 9 corresponds to EU 43 (insole length 27.7 cm). If you're between sizes, the seller recommends going up. Kind regards, Customer Service",
      },
      {
        from: 'buyer',
        hoursAgo: 35.4,
        language: 'en',
        text: 'Thanks. Do they come in half sizes at all, or only whole EU sizes?',
      },
    ],
  },
  {
    // awaiting_platform
    id: 'q-056',
    buyerId: 'b-oliver',
    topic: 'item_missing',
    orderId: 'o-1004',
    items: [{ itemId: 'o-1004-2', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 80.1,
        language: 'en',
        text: "Hello, my parcel arrived yesterday but the card wallet wasn't in it, only the weekender bag. The packing slip lists both. Could you look into it?",
      },
    ],
  },

  // --- Emily (US): outside the EU/EEA ---
  {
    // awaiting_platform
    id: 'q-057',
    buyerId: 'b-emily',
    topic: 'product',
    subject: 'shipping',
    productId: 'p-14',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 5.2,
        language: 'en',
        text: 'Hi! Do you ship the brass pendant lamp to the US, and roughly how much would import duties be? Also, is it wired for 120V?',
      },
    ],
  },
  {
    // awaiting_platform
    id: 'q-058',
    buyerId: 'b-emily',
    topic: 'tracking',
    orderId: 'o-1005',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 50.3,
        language: 'en',
        text: "Hi, UPS tracking has shown 'In transit – on the way' for three days with no new scans. Is my order stuck in customs?",
      },
      {
        from: 'platform',
        hoursAgo: 44.1,
        language: 'en',
        text: 'Hi Emily, thanks for reaching out. We checked with UPS: your parcel cleared US customs in Louisville and is on its way to Portland. The estimated delivery is now in 2 business days. Kind regards, Customer Service',
      },
      {
        from: 'buyer',
        hoursAgo: 6.2,
        language: 'en',
        text: "Thanks! The tracking still shows the same status, though. Could you check again? I'm leaving town on Saturday and don't want it sitting on my porch.",
      },
    ],
  },

  // --- Nina (CH): outside the EU/EEA ---
  {
    // closed (platform customer service handled the return)
    id: 'q-059',
    buyerId: 'b-nina',
    topic: 'return_refund',
    orderId: 'o-1014',
    items: [{ itemId: 'o-1014-1', quantity: 1 }],
    steps: [
      {
        from: 'buyer',
        hoursAgo: 360.2,
        language: 'de',
        text: 'Grüezi, die Feldarmbanduhr ist mir leider zu gross fürs Handgelenk. Ich möchte sie zurückschicken. Wie funktioniert das aus der Schweiz?',
        english:
          "Hello, unfortunately the field watch is too big for my wrist. I'd like to send it back. How does that work from Switzerland?",
      },
      {
        from: 'platform',
        hoursAgo: 342.4,
        language: 'de',
        text: 'Grüezi Frau Keller, danke für Ihre Nachricht. Wir haben Ihnen ein Rücksendeetikett der Schweizerischen Post per E-Mail geschickt. Die Rückerstattung von CHF 155.00 erfolgt, sobald die Uhr beim Händler eingetroffen ist. Freundliche Grüsse, Kundenservice',
        english:
          "Hello Ms Keller, thank you for your message. We've emailed you a Swiss Post return label. The refund of CHF 155.00 will be made as soon as the watch has reached the seller. Kind regards, Customer Service",
      },
      {
        event: 'closed',
        hoursAgo: 200.3,
        reason: 'Return received; refund issued by customer service.',
      },
    ],
  },
  {
    // awaiting_platform
    id: 'q-060',
    buyerId: 'b-nina',
    topic: 'shop',
    steps: [
      {
        from: 'buyer',
        hoursAgo: 30.1,
        language: 'de',
        text: 'Grüezi, bei meiner letzten Bestellung musste ich bei der Zustellung noch CHF 28 für Zoll und Mehrwertsteuer bezahlen. Ist das bei Ihnen immer so?',
        english:
          'Hello, with my last order I had to pay another CHF 28 for customs and VAT on delivery. Is that always the case with you?',
      },
      {
        from: 'platform',
        hoursAgo: 20.3,
        language: 'de',
        text: 'Grüezi Frau Keller, Sendungen in die Schweiz werden ohne vorausbezahlte Gebühren verschickt. Ab einem Warenwert von rund CHF 62 erhebt die Post bei der Zustellung 8,1 % Mehrwertsteuer und eine Verzollungsgebühr. Freundliche Grüsse, Kundenservice',
        english:
          'Hello Ms Keller, parcels to Switzerland are sent without prepaid charges. From a goods value of about CHF 62, the post office collects 8.1% VAT and a customs clearance fee on delivery. Kind regards, Customer Service',
      },
      {
        from: 'buyer',
        hoursAgo: 12.4,
        language: 'de',
        text: 'Danke für die Erklärung. Gibt es eine Möglichkeit, die Gebühren schon beim Bestellen zu bezahlen? Das wäre mir lieber.',
        english:
          "Thanks for the explanation. Is there a way to pay the charges when ordering? I'd prefer that.",
      },
    ],
  },
  {
    // resolved, consented and published: the product page's "Answered questions"
    id: 'q-061',
    buyerId: 'b-siobhan',
    topic: 'product',
    subject: 'material',
    productId: 'p-02',
    publicConsent: true,
    publish: { hoursAgo: 395.5, question: 'Is this shirt 100% linen?' },
    steps: [
      {
        from: 'buyer',
        hoursAgo: 402.2,
        language: 'en',
        text: 'Is this shirt 100% linen?',
      },
      {
        from: 'seller',
        hoursAgo: 396.1,
        language: 'en',
        text: 'Yes: 100% stonewashed European linen, no blend. It is pre-washed, so it shrinks very little, and it gets softer with every wash.',
        resolve: true,
      },
    ],
  },
];
