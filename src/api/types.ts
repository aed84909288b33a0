// Names for the wire types. They are aliases of the types generated from docs/openapi.yaml,
// which stays the only place they are written.
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

export type Category = Schemas['Category'];
export type Topic = Schemas['Topic'];
export type ProductSubject = Schemas['ProductSubject'];
export type QuestionStatus = Schemas['QuestionStatus'];
export type OrderStatus = Schemas['OrderStatus'];
export type Handler = Schemas['Handler'];
export type Language = Schemas['Language'];
export type Config = Schemas['Config'];
export type Viewer = Schemas['Viewer'];
export type Shop = Schemas['Shop'];
export type Product = Schemas['Product'];
export type Money = Schemas['Money'];
export type Address = Schemas['Address'];
export type Order = Schemas['Order'];
export type OrderItem = Schemas['OrderItem'];
export type OrderPage = Schemas['OrderPage'];
export type Tracking = Schemas['Tracking'];
export type Question = Schemas['Question'];
export type QuestionDetail = Schemas['QuestionDetail'];
export type QuestionPage = Schemas['QuestionPage'];
export type QuestionDetails = Schemas['QuestionDetails'];
export type BuyerRef = Schemas['BuyerRef'];
export type ItemQuantity = Schemas['ItemQuantity'];
export type Message = Schemas['Message'];
export type MessageEvent = Schemas['MessageEvent'];
export type Rating = Schemas['Rating'];
export type Refund = Schemas['Refund'];
export type Attachment = Schemas['Attachment'];
export type Template = Schemas['Template'];
export type TemplateList = Schemas['TemplateList'];
export type Translation = Schemas['Translation'];
export type TranslationEngine = Schemas['TranslationEngine'];
export type SellerMetrics = Schemas['SellerMetrics'];
export type PlatformQueue = Schemas['PlatformQueue'];
export type QuestionExportPage = Schemas['QuestionExportPage'];
export type QuestionExportRow = Schemas['QuestionExportRow'];
export type ChangeFeed = Schemas['ChangeFeed'];
export type Change = Schemas['Change'];
export type Problem = Schemas['Problem'];
export type ProblemCode = Schemas['ProblemCode'];
export type FieldError = Schemas['FieldError'];

export type QuestionCreate = Schemas['QuestionCreate'];
export type MessageCreate = Schemas['MessageCreate'];
export type ResolveRequest = Schemas['ResolveRequest'];
export type RefundCreate = Schemas['RefundCreate'];
export type EscalationCreate = Schemas['EscalationCreate'];
export type HandBackCreate = Schemas['HandBackCreate'];
export type CloseRequest = Schemas['CloseRequest'];
export type RatingCreate = Schemas['RatingCreate'];
export type TranslationRequest = Schemas['TranslationRequest'];

export type QuestionFilters = NonNullable<operations['listQuestions']['parameters']['query']>;
export type MetricsFilters = NonNullable<operations['getSellerMetrics']['parameters']['query']>;
export type TemplateFilters = NonNullable<operations['listTemplates']['parameters']['query']>;
