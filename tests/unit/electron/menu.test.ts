import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { Menu } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { installMenu, menuLanguage, menuTemplate } = await import('../../../electron/main/menu');

const roles = (template: MenuItemConstructorOptions[]): string[] =>
  template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.role ?? sub.type ?? '') : []));

describe('the application menu', () => {
  it('offers Reload and Quit, and DevTools only in development', () => {
    expect(roles(menuTemplate('zh-CN', false))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'quit']));
    expect(roles(menuTemplate('zh-CN', true))).toEqual(expect.arrayContaining(['reload', 'quit']));
    expect(roles(menuTemplate('zh-CN', true))).not.toContain('toggleDevTools');
  });

  it('speaks Chinese unless the system is English', () => {
    expect(menuLanguage('zh-CN')).toBe('zh-CN');
    expect(menuLanguage('zh-TW')).toBe('zh-CN');
    expect(menuLanguage('en-US')).toBe('en');
    expect(menuTemplate('zh-CN', false).map((item) => item.label)).toEqual(['文件', '编辑', '视图']);
    expect(menuTemplate('en', false).map((item) => item.label)).toEqual(['File', 'Edit', 'View']);
  });

  it('installs the template as the application menu', () => {
    installMenu('en', true);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template: menuTemplate('en', true) });
  });
});
