import { expect } from '@open-wc/testing';
import {
  productSubjectValues,
  questionStatusValues,
  topicValues,
} from '../../src/api/generated/enums.js';
import { csatOf } from '../../src/domain/metrics.js';
import { urgencyOf } from '../../src/domain/response-clock.js';
import { DEFAULT_SERVED_REGIONS, routeQuestion } from '../../src/domain/routing.js';
import { buildSeedState } from '../../src/mocks/index.js';
import { OFFICIAL_TEMPLATES } from '../../src/mocks/template-data.js';
import { placeholdersIn, TEMPLATE_VARIABLES } from '../../src/domain/templates.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/languages.js';

const NOW = Date.parse('2026-11-27T12:00:00.000Z');

describe('mock seed data', () => {
  const state = buildSeedState({ now: NOW });
  const questions = state.questions;
  const count = <T>(values: T[]) =>
    values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map<T, number>());

  it('has one shop, about 20 products and 15 orders with a high-value one', () => {
    expect(state.products.length).to.be.within(18, 24);
    expect(state.orders.length).to.be.within(13, 20);
    const highValue = state.orders.filter(
      (order) => order.total.currency === 'EUR' && order.total.amountMinor >= 50_000,
    );
    expect(highValue.length).to.be.at.least(1);
  });

  it('has buyers in at least 6 EU countries and 2 outside it', () => {
    const countries = new Set(state.buyers.map((buyer) => buyer.country));
    const inEu = [...countries].filter((country) => DEFAULT_SERVED_REGIONS.includes(country));
    expect(inEu.length).to.be.at.least(6);
    expect(countries.size - inEu.length).to.be.at.least(2);
  });

  it('has about 60 questions covering every topic, product subject and state', () => {
    expect(questions.length).to.be.within(55, 70);
    const topics = count(questions.map((question) => question.topic));
    for (const topic of topicValues) expect(topics.get(topic), topic).to.be.at.least(2);
    const subjects = new Set(questions.map((question) => question.details?.subject));
    for (const subject of productSubjectValues) expect(subjects.has(subject), subject).to.be.true;
    const statuses = count(questions.map((question) => question.status));
    for (const status of questionStatusValues)
      expect(statuses.get(status), status).to.be.at.least(3);
  });

  it('is written in at least 6 languages', () => {
    const languages = new Set(
      questions.flatMap((question) => question.messages.map((m) => m.language)),
    );
    expect(languages.size).to.be.at.least(6);
  });

  it('has late questions and questions close to due', () => {
    const levels = count(
      questions
        .filter((question) => question.replyDueAt)
        .map((question) => urgencyOf(Date.parse(question.replyDueAt!) - NOW)),
    );
    expect(levels.get('late')).to.be.at.least(3);
    expect((levels.get('urgent') ?? 0) + (levels.get('warn') ?? 0)).to.be.at.least(3);
  });

  it('has ratings giving a realistic CSAT', () => {
    const ratings = questions.flatMap((question) =>
      question.messages.flatMap((message) => (message.rating ? [message.rating] : [])),
    );
    expect(ratings.length).to.be.at.least(15);
    expect(csatOf(ratings)).to.be.within(0.7, 0.95);
  });

  it('routes every question as the rules say, unless it was escalated or taken over', () => {
    for (const question of questions) {
      const buyer = state.buyers.find((candidate) => candidate.id === question.buyerId)!;
      const order = state.orders.find((candidate) => candidate.id === question.orderId);
      const handedOver = question.messages.some((message) =>
        ['escalated', 'taken_over'].includes(message.event?.type ?? ''),
      );
      const platformAnswered = question.messages.some((message) => message.author === 'platform');
      const routed = routeQuestion({
        category: question.category,
        buyerCountry: buyer.country,
        servedRegions: state.config.servedRegions,
        orderTotal: order?.total,
        highValueThresholds: state.config.highValueThresholds,
        sellerFunded: order?.sellerFunded,
      });
      if (!handedOver && !platformAnswered)
        expect(question.handler, question.id).to.equal(routed.handler);
      if (routed.handler === 'platform') {
        expect(
          question.messages.some((message) => message.author === 'seller'),
          question.id,
        ).to.be.false;
      }
    }
  });

  it('has official templates for every topic in every language, with the same variables', () => {
    for (const topic of topicValues) {
      expect(
        OFFICIAL_TEMPLATES.some((template) => template.topic === topic),
        topic,
      ).to.be.true;
    }
    for (const template of OFFICIAL_TEMPLATES) {
      const english = placeholdersIn(template.body.en).sort();
      for (const language of SUPPORTED_LOCALES) {
        expect(
          placeholdersIn(template.body[language]).sort(),
          `${template.key}.${language}`,
        ).to.deep.equal(english);
        expect(template.title[language].trim(), `${template.key}.${language} title`).not.to.equal(
          '',
        );
      }
      for (const name of english) expect(TEMPLATE_VARIABLES).to.include(name);
    }
  });
});
