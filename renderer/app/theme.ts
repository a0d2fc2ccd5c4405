import type { ThemeConfig } from 'antd';

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** The desk's two looks: the calm standard one, and high contrast (Settings → Display) for low vision and poor lighting. */
export type Contrast = 'standard' | 'high';

/**
 * The standard look: Ant Design's, with every text and state colour darkened just enough for WCAG 2.1 AA
 * (4.5:1 for text on its background, 3:1 for the edges of controls), checked by tests/unit/renderer/theme-contrast.test.ts.
 * antd's own greys (45 % and 25 % black) and its status colours (#faad14, #52c41a, #ff4d4f, #1677ff) are lighter than
 * that; the hues stay, one or two steps darker on antd's palette.
 */
const standardTokens = {
  // antd blue-7: white on it and it on white both above 6:1.
  colorPrimary: '#0958d9',
  colorInfo: '#0958d9',
  colorLink: '#0958d9',
  // green-8, orange-8 (warnings read as text on their pale background, not only as icons), red-7.
  colorSuccess: '#237804',
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#95de64',
  colorWarning: '#ad4e00',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffd666',
  colorError: '#cf1322',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ffa39e',
  // Secondary and described texts (Typography secondary, the stage bar's later steps, hints): 60 % black, 5.7:1.
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  // Placeholders and disabled controls an agent still has to read (a field they may not edit, and why): 4.7:1.
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
  // A switch's off track and the edges of inputs, selects, checkboxes and radios: 3:1 against white.
  colorTextQuaternary: 'rgba(0, 0, 0, 0.45)',
  colorBorder: '#8c8c8c',
  // Tag colours whose antd text shade (the palette's 7th) is under 4.5:1 on its pale background: one shade darker.
  green7: '#237804',
  orange7: '#ad4e00',
  volcano7: '#ad2102',
  gold7: '#874d00',
  cyan7: '#006d75',
  lime7: '#3f6600',
  yellow7: '#876800',
  magenta7: '#9e1068',
  red7: '#a8071a',
} satisfies ThemeConfig['token'];

/**
 * High contrast: near-black text everywhere, black edges on controls, the status colours at their darkest usable
 * shade, a thicker focus ring and underlined links; the same layout, so nothing moves when an agent switches.
 */
const highContrastTokens = {
  ...standardTokens,
  colorText: '#000000',
  colorTextHeading: '#000000',
  colorTextSecondary: '#1f1f1f',
  colorTextTertiary: '#262626',
  colorTextDescription: '#262626',
  colorTextPlaceholder: '#434343',
  colorTextDisabled: '#434343',
  colorTextQuaternary: '#434343',
  colorIcon: '#262626',
  colorBorder: '#000000',
  colorBorderSecondary: '#595959',
  colorSplit: '#595959',
  colorPrimary: '#003eb3',
  colorInfo: '#003eb3',
  colorLink: '#003eb3',
  colorPrimaryBorder: '#003eb3',
  colorSuccess: '#135200',
  colorWarning: '#873800',
  colorWarningBorder: '#873800',
  colorError: '#a8071a',
  colorErrorBorder: '#a8071a',
  colorSuccessBorder: '#135200',
  colorBgLayout: '#ffffff',
  lineWidthFocus: 3,
  linkDecoration: 'underline',
  green7: '#135200',
  orange7: '#873800',
  volcano7: '#871400',
  gold7: '#613400',
  cyan7: '#00474f',
  blue7: '#002c8c',
  lime7: '#254000',
  yellow7: '#614700',
  magenta7: '#780650',
  red7: '#820014',
  purple7: '#22075e',
  geekblue7: '#061178',
} satisfies ThemeConfig['token'];

/**
 * Each palette shade under both of antd's names (`orange7` and `orange-7`): with CSS variables both are the one
 * variable `--ant-orange-7`, and a tag reads it, so overriding one name alone leaves the other's value in force.
 */
function withDashedShades(tokens: Record<string, unknown>): Record<string, unknown> {
  const dashed = Object.entries(tokens).flatMap(([name, value]) => {
    const shade = /^([a-z]+)(\d+)$/.exec(name);
    return shade ? [[`${shade[1]}-${shade[2]}`, value]] : [];
  });
  return { ...tokens, ...Object.fromEntries(dashed) };
}

/** The one theme, in either contrast: every screen gets its colours from these tokens, none of its own. */
export function deskTheme(contrast: Contrast = 'standard'): ThemeConfig {
  const high = contrast === 'high';
  return {
    token: { fontFamily: FONT_FAMILY, borderRadius: 4, fontSize: 14, ...withDashedShades(high ? highContrastTokens : standardTokens) },
    components: {
      Layout: { headerBg: '#ffffff', headerHeight: 52, headerPadding: '0 20px', siderBg: high ? '#000000' : '#001529' },
      Menu: high ? { darkItemBg: '#000000', darkSubMenuItemBg: '#000000', darkItemColor: '#ffffff', darkItemSelectedBg: '#003eb3' } : {},
      Form: { itemMarginBottom: 14, verticalLabelPadding: '0 0 4px' },
    },
  };
}
