import { pinyin } from 'pinyin-pro';
import { rememberRecent } from './recent-values';

export interface NamePinyin {
  /** zhangwei */
  full: string;
  /** zw */
  initials: string;
}

/**
 * A person's name in pinyin, read as a name (surname: 'head' gives 单 → shan, 曾 → zeng). Non-Chinese
 * characters pass through, so "Li Na" stays "lina".
 */
export const namePinyin: (name: string) => Readonly<NamePinyin> = rememberRecent(pinyinOfName);

function pinyinOfName(name: string): Readonly<NamePinyin> {
  const options = { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true } as const;
  const syllables = pinyin(name, options).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
  const letters = name.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');
  const full = syllables.join('') + letters;
  const initials = syllables.map((s) => s.charAt(0)).join('') + letters;
  return Object.freeze({ full, initials });
}
