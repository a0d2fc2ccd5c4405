import { formatPhoneForDisplay } from '../../shared/domain/phone';

/** A phone number as people read it (normalised), whatever was typed; the typed form stays in the record. */
export function PhoneNumber({ value }: { value: string }) {
  return <span data-testid="phone-number">{formatPhoneForDisplay(value)}</span>;
}
