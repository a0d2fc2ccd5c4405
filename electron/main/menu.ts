import { Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'zh-CN' | 'en';

const labels = {
  'zh-CN': {
    file: '文件', quit: '退出',
    edit: '编辑', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选',
    view: '视图', reload: '重新加载', toggleDevTools: '开发者工具',
  },
  en: {
    file: 'File', quit: 'Quit',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    view: 'View', reload: 'Reload', toggleDevTools: 'Toggle Developer Tools',
  },
} satisfies Record<MenuLanguage, Record<string, string>>;

/** Agents work in Chinese unless their system says English. */
export function menuLanguage(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function menuTemplate(language: MenuLanguage, isPackaged: boolean): MenuItemConstructorOptions[] {
  const l = labels[language];
  const view: MenuItemConstructorOptions[] = [{ role: 'reload', label: l.reload }];
  if (!isPackaged) view.push({ role: 'toggleDevTools', label: l.toggleDevTools });
  return [
    { label: l.file, submenu: [{ role: 'quit', label: l.quit }] },
    // Without an Edit menu the copy/paste shortcuts do nothing in text fields on macOS.
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    { label: l.view, submenu: view },
  ];
}

export function installMenu(language: MenuLanguage, isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, isPackaged)));
}
