// Which currency amounts are written in: the manager's choice, else the one the locale's region
// uses (a table of regions), else USD; and the currencies Settings offers first.
import type { NumberFormat } from './format';
import { isCurrencyCode, safeLocale } from './locale';

/**
 * The currency a locale's region most likely uses ("en-GB" → GBP, "de-DE" → EUR), or null
 * when the locale names no region we know (the manager then picks one).
 */
export function currencyForLocale(locale: string): string | null {
  let region: string | undefined;
  try {
    region = new Intl.Locale(safeLocale(locale)).maximize().region;
  } catch {
    return null;
  }
  if (!region) return null;
  if (EURO.has(region)) return 'EUR';
  return REGION_CURRENCY[region] ?? null;
}

const EURO = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);

const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IE: 'EUR',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  IS: 'ISK',
  TR: 'TRY',
  JP: 'JPY',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  KR: 'KRW',
  SG: 'SGD',
  IN: 'INR',
  ID: 'IDR',
  MY: 'MYR',
  TH: 'THB',
  PH: 'PHP',
  VN: 'VND',
  IL: 'ILS',
  AE: 'AED',
  SA: 'SAR',
  ZA: 'ZAR',
  NG: 'NGN',
  KE: 'KES',
  EG: 'EGP',
  MA: 'MAD',
  BR: 'BRL',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  UA: 'UAH',
  RS: 'RSD',
  PK: 'PKR',
  BD: 'BDT',
};

/** Currencies offered in Settings first (any ISO code may be typed). */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'JPY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'BRL',
  'MXN',
  'ZAR',
  'SGD',
] as const;

/**
 * The format to use: the manager's choice where set, else the system locale and the
 * currency its region suggests; "USD" only when nothing suggests any currency.
 */
export function resolveNumberFormat(
  chosen: { locale: string | null; currency: string | null } | undefined,
  systemLocale: string,
): NumberFormat & { currencyGuessed: boolean } {
  const locale = safeLocale(chosen?.locale ?? systemLocale);
  if (chosen?.currency && isCurrencyCode(chosen.currency)) return { locale, currency: chosen.currency.toUpperCase(), currencyGuessed: false };
  const guess = currencyForLocale(locale);
  return { locale, currency: guess ?? 'USD', currencyGuessed: true };
}
