import type { ThemeConfig } from 'antd';

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** The one theme: Ant Design's defaults, compact enough for a 1366×768 laptop. */
export const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_FAMILY,
    colorPrimary: '#1677ff',
    borderRadius: 4,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 52, headerPadding: '0 20px', siderBg: '#001529' },
    Form: { itemMarginBottom: 14, verticalLabelPadding: '0 0 4px' },
  },
};
