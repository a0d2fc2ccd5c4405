import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * The desk's callers are in mainland China: a number without a country code is read as Chinese
 * (a leading 0 is the trunk prefix of an area code, 0086/+86 the country code).
 */
export const DEFAULT_PHONE_REGION = 'CN';

/** Agents write extensions as 转 / 分机; libphonenumber understands "ext". */
const CHINESE_EXTENSION = /\s*(?:转|分机)\s*/g;
const SIP_URI = /^(?:sip|sips|tel):([^@;]+).*$/i;

/** NFKC turns the full-width digits of Chinese input methods (１３８…) into ASCII. */
const toAscii = (raw: string) => raw.normalize('NFKC');

/** Longer than any number with its extension: longer text is not a phone number, and no pattern runs over it. */
export const MAX_PHONE_INPUT = 64;

function parse(raw: string): PhoneNumber | undefined {
  if (raw.length > MAX_PHONE_INPUT) return undefined;
  const text = toAscii(raw).trim().replace(SIP_URI, '$1').replace(CHINESE_EXTENSION, ' ext ');
  if (!/\d/.test(text)) return undefined;
  try {
    return parsePhoneNumberFromString(text, DEFAULT_PHONE_REGION);
  } catch {
    return undefined;
  }
}

/**
 * The key two spellings of one number share, for matching callers to complaints: E.164 without the
 * extension (+8613800138000, +862112345678), so "+86 138 0013 8000", "0086-13800138000",
 * "13800138000", "(021)12345678" and "021-1234 5678" each meet their twin. Numbers libphonenumber
 * cannot place (short service numbers such as 95518, internal extensions) fall back to their digits,
 * so they still match themselves. Null when there is nothing to match on (empty, "anonymous").
 */
export function normalizePhone(raw: string): string | null {
  const parsed = parse(raw);
  if (parsed?.isPossible()) return parsed.number;
  if (raw.length > MAX_PHONE_INPUT) return null;
  const digits = toAscii(raw).replace(/\D/g, '');
  return digits.length >= 3 ? digits : null;
}

/**
 * Whether an agent typed a real contact number: a valid mobile, a landline with its area code, or a
 * valid foreign number. The full ("max") metadata checks Chinese area codes and their lengths
 * (0755-1234567 is one digit short); the default metadata only checks lengths and lets 12345678 through.
 */
export function isPlausiblePhone(raw: string): boolean {
  return parse(raw)?.isValid() ?? false;
}

/**
 * How a number is shown (the record keeps what was typed): one spelling per number, however it was
 * typed — a Chinese number as its national digits with the trunk 0 ("13800138000", "02112345678"), a
 * foreign one in E.164 ("+12125550100"), an extension after 转; anything libphonenumber cannot place
 * (95518, "anonymous") as typed, with full-width digits made ASCII. Compact rather than grouped, so a
 * number reads and searches the same in every list.
 */
export function formatPhoneForDisplay(raw: string): string {
  const parsed = parse(raw);
  if (!parsed?.isValid()) return toAscii(raw).trim();
  const main = parsed.country === DEFAULT_PHONE_REGION ? parsed.formatNational({ formatExtension: (number: string) => number }).replace(/[\s()-]/g, '') : parsed.number;
  return parsed.ext ? `${main} 转 ${parsed.ext}` : main;
}
