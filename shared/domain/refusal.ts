/** A command the domain will not carry out, with an i18n key saying why. */
export interface Refusal {
  refused: true;
  code: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

export function refuse(code: string, messageKey: string, params?: Refusal['params']): Refusal {
  return params ? { refused: true, code, messageKey, params } : { refused: true, code, messageKey };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Refusal).refused === true;
}
