import { EXPORT_TEXTS, type ExportLanguage } from './export-texts';

type NamedExport = { language: ExportLanguage; format: string } & ({ kind: 'dailyLog'; range: { from: string; to: string } } | { kind: 'regulatory'; period: string });

/** 投诉日报_2026-11-01_2026-11-30.xlsx / daily-log_… ; 监管统计_2026-Q4.csv / regulatory_… */
export function exportFileName(request: NamedExport): string {
  const zh = request.language === 'zh-CN';
  const texts = EXPORT_TEXTS[request.language];
  const stem =
    request.kind === 'dailyLog'
      ? `${zh ? texts.summary.title : 'daily-log'}_${request.range.from}_${request.range.to}`
      : `${zh ? texts.regulatory.title : 'regulatory'}_${request.period}`;
  return `${stem}.${request.format}`;
}
