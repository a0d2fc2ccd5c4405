import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { theme, type GlobalToken } from 'antd';
import { useEffect, useMemo, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * ECharts' look from the desk's antd theme, so the charts follow it (and its high contrast) with no colours of their
 * own: names and numbers in the theme's text colours (4.5:1), bars in its primary, error and warning colours (3:1
 * against the white card, where ECharts' own green and yellow are not), axis lines in its border colour.
 */
function chartTheme(token: GlobalToken): object {
  const axis = {
    axisLabel: { color: token.colorTextSecondary },
    axisLine: { lineStyle: { color: token.colorBorder } },
    axisTick: { lineStyle: { color: token.colorBorder } },
    splitLine: { lineStyle: { color: token.colorBorderSecondary } },
    nameTextStyle: { color: token.colorTextSecondary },
  };
  return {
    color: [token.colorPrimary, token.colorError, token.colorWarning, token.colorSuccess, token['purple-7'], token['cyan-7']],
    textStyle: { color: token.colorText, fontFamily: token.fontFamily },
    legend: { textStyle: { color: token.colorText } },
    categoryAxis: axis,
    valueAxis: axis,
    bar: { label: { color: token.colorText } },
    line: { label: { color: token.colorText } },
  };
}

/** One ECharts chart: created on mount (again when the theme changes), updated with its option, disposed on unmount (TOOLCHAIN.md). */
export function EChart({ option, height = 260, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { token } = theme.useToken();
  const look = useMemo(() => chartTheme(token), [token]);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, look, { renderer: 'svg' });
    chart.current = instance;
    instance.setOption({ animation: false, ...option }, true);
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
    // The option is set here on creation and by the effect below on every change; a new look needs a new instance.
  }, [look]);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
