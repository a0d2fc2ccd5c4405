import { z } from 'zod';

/**
 * Click-to-dial: a softphone that registers a URL scheme (MicroSIP and most SIP clients take `sip:` or
 * `tel:`, Skype-style clients `callto:`) dials when the desk opens a link. The desk keeps one template per
 * desk (its own softphone, like the CTI endpoint), `{phone}` standing for the number; empty: no dial link.
 * Only dialling schemes are accepted, so a template can never make the page run a script or open a file.
 */
export const DIAL_URL_SCHEMES = ['sip', 'sips', 'tel', 'callto', 'microsip', 'zoiper'] as const;
export const DIAL_PHONE_PLACEHOLDER = '{phone}';

export const DialUrlTemplateSchema = z
  .string({ error: 'validation.dialUrl.invalid' })
  .trim()
  .max(200, { error: 'validation.dialUrl.tooLong' })
  .refine((t) => t === '' || t.includes(DIAL_PHONE_PLACEHOLDER), { error: 'validation.dialUrl.noPhone' })
  .refine((t) => t === '' || (DIAL_URL_SCHEMES as readonly string[]).includes(t.slice(0, t.indexOf(':')).toLowerCase()), { error: 'validation.dialUrl.scheme' });

/** The digits (and a leading +) a softphone dials: spaces, dashes and brackets as agents type them dropped. */
export const dialableNumber = (phone: string): string => phone.trim().replace(/(?!^\+)[^\d]/g, '');

/** The link that dials `phone` with the desk's template, or null when there is no template or nothing to dial. */
export function dialUrlFor(template: string, phone: string): string | null {
  const number = dialableNumber(phone);
  if (template === '' || number === '' || !DialUrlTemplateSchema.safeParse(template).success) return null;
  // Digits and a leading + need no escaping in a URL, and tel:/sip: expect the + as it is.
  return template.split(DIAL_PHONE_PLACEHOLDER).join(number);
}
