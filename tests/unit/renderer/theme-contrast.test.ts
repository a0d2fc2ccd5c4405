import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { deskTheme, type Contrast } from '../../../renderer/app/theme';

/** An sRGB colour as [r, g, b, alpha] from #rgb, #rrggbb or rgb(a)(). */
function parse(colour: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(colour.replace(/\s+/g, ''));
  if (!rgb) throw new Error(`not a colour: ${colour}`);
  const [r, g, b, a = '1'] = rgb[1]!.split(',');
  return [Number(r), Number(g), Number(b), Number(a)];
}

/** `top` painted over the opaque `bottom`, as the screen shows it. */
function over(top: string, bottom: string): [number, number, number] {
  const [r, g, b, a] = parse(top);
  const base = parse(bottom);
  if (base[3] !== 1) throw new Error(`background must be opaque: ${bottom}`);
  return [r * a + base[0] * (1 - a), g * a + base[1] * (1 - a), b * a + base[2] * (1 - a)];
}

const luminance = (rgb: [number, number, number]) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2.1's contrast ratio of `foreground` (possibly translucent) over `background` (itself possibly over white). */
function contrast(foreground: string, background: string): number {
  const paper = `rgb(${over(background, '#ffffff').join(',')})`;
  const [a, b] = [luminance(over(foreground, paper)), luminance(over(paper, '#ffffff'))].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

const PRESETS = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'lime', 'gold'] as const;

describe.each<Contrast>(['standard', 'high'])('the %s theme', (look) => {
  const token = antdTheme.getDesignToken(deskTheme(look)) as unknown as Record<string, string>;
  const tok = (name: string) => {
    const value = token[name];
    if (typeof value !== 'string') throw new Error(`no token ${name}`);
    return value;
  };

  const papers = ['colorBgContainer', 'colorBgLayout', 'colorFillAlter', 'colorBgContainerDisabled', 'colorPrimaryBg', 'colorBgElevated'];
  const texts = ['colorText', 'colorTextSecondary', 'colorTextTertiary', 'colorTextDescription', 'colorTextPlaceholder', 'colorTextDisabled', 'colorTextLabel', 'colorTextHeading', 'colorIcon'];
  it.each(texts.flatMap((text) => papers.map((paper) => [text, paper] as const)))('%s on %s reads at 4.5:1', (text, paper) => {
    expect(contrast(tok(text), tok(paper))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['colorPrimary', 'colorLink', 'colorError', 'colorSuccess', 'colorWarning'].flatMap((text) => ['colorBgContainer', 'colorBgLayout', 'colorFillAlter'].map((paper) => [text, paper] as const)))(
    '%s as text on %s reads at 4.5:1',
    (text, paper) => expect(contrast(tok(text), tok(paper))).toBeGreaterThanOrEqual(4.5),
  );

  it.each(['colorPrimary', 'colorError', 'colorSuccess', 'colorWarning', 'colorInfo'])('white text on a solid %s (buttons, badges) reads at 4.5:1', (fill) => {
    expect(contrast(tok('colorTextLightSolid'), tok(fill))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['Success', 'Warning', 'Error', 'Info'])('a %s tag or alert: its text on its background reads at 4.5:1', (status) => {
    expect(contrast(tok(`color${status}`), tok(`color${status}Bg`))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tok(`color${status}Text`), tok(`color${status}Bg`))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(PRESETS)('a %s tag: its text (shade 7) on its background (shade 1) reads at 4.5:1', (preset) => {
    expect(contrast(tok(`${preset}7`), tok(`${preset}1`))).toBeGreaterThanOrEqual(4.5);
    // The same shade under antd's other name: with CSS variables both names are one variable (--ant-orange-7).
    expect(tok(`${preset}-7`)).toBe(tok(`${preset}7`));
  });

  it.each(['colorBorder', 'colorTextQuaternary', 'colorPrimary'])('%s (edges of inputs, a switch off or on) stands out at 3:1', (edge) => {
    expect(contrast(tok(edge), tok('colorBgContainer'))).toBeGreaterThanOrEqual(3);
  });
});

describe('high contrast', () => {
  it('is darker than the standard theme wherever both are text', () => {
    const standard = antdTheme.getDesignToken(deskTheme('standard')) as unknown as Record<string, string>;
    const high = antdTheme.getDesignToken(deskTheme('high')) as unknown as Record<string, string>;
    for (const text of ['colorText', 'colorTextSecondary', 'colorTextTertiary', 'colorTextPlaceholder', 'colorTextDisabled', 'colorPrimary', 'colorError', 'colorWarning', 'colorSuccess']) {
      expect(contrast(high[text]!, '#ffffff'), text).toBeGreaterThan(contrast(standard[text]!, '#ffffff'));
    }
    // Pure black on white, 21:1, for the body text.
    expect(contrast(high.colorText!, '#ffffff')).toBeCloseTo(21, 0);
  });
});
