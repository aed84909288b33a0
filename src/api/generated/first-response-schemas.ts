// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.
import type { SchemaRegistry } from '../validate.js';
import { imageTypeValues, problemCodeValues, viewerRoleValues } from './enums.js';

/** Problem details and the responses of getConfig, getViewer, getProduct, getShop: what every element checks first. */
export const firstResponseSchemas: SchemaRegistry = {
  AttachmentLimits: {
    properties: { maxCount: 'integer', maxBytes: 'integer', types: { items: '@ImageType' } },
  },
  Config: {
    properties: {
      apiVersion: 'string',
      slaHours: 'integer',
      warnHours: 'integer',
      urgentHours: 'integer',
      servedRegions: { items: '@CountryCode' },
      highValueThresholds: { items: '@Money' },
      maxMessageLength: 'integer',
      attachments: '@AttachmentLimits',
      languages: { items: '@Language' },
      defaultLanguage: '@Language',
      metricsWindowDays: 'integer',
      pollIntervalSeconds: 'integer',
    },
  },
  CountryCode: 'string',
  FieldError: { properties: { pointer: 'string', code: 'string', detail: 'string' } },
  Id: 'string',
  ImageType: { enum: imageTypeValues },
  Language: 'string',
  Money: { properties: { amountMinor: 'integer', currency: 'string' } },
  Problem: {
    properties: {
      type: 'string',
      title: 'string',
      status: 'integer',
      'detail?': 'string',
      'instance?': 'string',
      code: '@ProblemCode',
      'errors?': { items: '@FieldError' },
      'currentVersion?': 'integer',
      'retryAfter?': 'integer',
    },
  },
  ProblemCode: { enum: problemCodeValues },
  Product: {
    properties: {
      id: '@Id',
      shopId: '@Id',
      name: 'string',
      'imageUrl?': 'string',
      price: '@Money',
      'shop?': '@Shop',
    },
  },
  Shop: { properties: { id: '@Id', name: 'string', language: '@Language' } },
  Viewer: {
    properties: {
      role: '@ViewerRole',
      id: '@Id',
      name: 'string',
      country: '@CountryCode',
      language: '@Language',
      'shopId?': '@Id',
    },
  },
  ViewerRole: { enum: viewerRoleValues },
};
