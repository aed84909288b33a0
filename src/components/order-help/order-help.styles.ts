import { css } from 'lit';
import { itemRowStyles } from './order-summary.js';
import { badges } from '../../styles/badges.js';

export const orderHelpStyles = [
  badges,
  itemRowStyles,
  css`
    .base {
      display: grid;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 2);
    }
    h2,
    h3 {
      margin: 0;
    }
    h2 {
      font-size: var(--_font-size-large);
    }
    .number {
      display: inline-block;
    }
    h3 {
      font-size: var(--_font-size);
    }
    .header p {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      margin: 0;
    }
    .badge[data-status='delivered'] {
      color: var(--_success);
    }
    .badge[data-status='cancelled'] {
      color: var(--_danger);
    }
    .order {
      display: grid;
      gap: var(--_space);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
      margin: 0;
    }
    .facts .wide {
      grid-column: 1 / -1;
    }
    dt {
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
    }
    dd {
      margin: 0;
    }
    address {
      font-style: normal;
    }
    .items summary {
      cursor: pointer;
      font-weight: var(--_font-weight-strong);
    }
    .item-list {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      margin: var(--_space) 0 0;
      padding: 0;
      list-style: none;
      max-block-size: 20rem;
      overflow-y: auto;
    }
    .item-list .item {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
    .form {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: calc(var(--_space) * 1.5);
      margin-block-start: var(--_space);
    }
    .group {
      display: grid;
      align-content: start;
      gap: calc(var(--_space) * 0.5);
      padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .group legend {
      padding-inline: calc(var(--_space) * 0.5);
      font-size: var(--_font-size-small);
      color: var(--_text-muted);
    }
    .issue label {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-block-size: 2.25rem;
      font-weight: normal;
      cursor: pointer;
    }
    .issue input {
      flex: none;
      margin: 0;
      accent-color: var(--_accent);
    }
    .issue input:checked + span {
      font-weight: var(--_font-weight-strong);
    }
    .issue input:disabled,
    .issue input:disabled + span {
      cursor: not-allowed;
      color: var(--_text-muted);
    }
    @media (forced-colors: active) {
      .issue input:disabled + span {
        color: GrayText;
      }
    }
    .reason {
      display: block;
      margin: 0;
      padding-inline-start: calc(1.25rem + var(--_space));
    }
    p.reason {
      padding-inline-start: 0;
    }
    .self-service {
      display: grid;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
    }
    .self-service p {
      margin: 0;
    }
    .tracking-number {
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space) calc(var(--_space) * 2);
    }
    a {
      color: var(--_accent);
    }
    .routing {
      margin: 0;
    }
    .confirmation:focus {
      outline: 2px solid var(--_focus);
    }
  `,
];
