// The regions a seller serves directly by default.

/** EU member states plus the EEA countries Iceland, Liechtenstein and Norway. */
export const EU_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const; // prettier-ignore

/** The regions a seller serves directly unless the backend's config says otherwise. */
export const DEFAULT_SERVED_REGIONS: readonly string[] = EU_EEA_COUNTRIES;
