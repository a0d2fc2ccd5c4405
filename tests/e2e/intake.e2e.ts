import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});


test('an agent takes a complaint by keyboard alone, and finds it again after the desk restarts', async ({ page }) => {
  const dataDir = newDataDir();
  host = await startHost(dataDir);
  await page.goto(host.url);
  await screenshot(page, 'sign-in');
  await signIn(page);
  await expect(page.getByTestId('signed-in-agent')).toHaveText('坐席 王芳 · 工号 A1001');
  await expect(page.getByText('还没有分配给您的投诉')).toBeVisible();
  await screenshot(page, 'my-complaints-empty');

  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: '新建投诉' })).toBeVisible();
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('张伟');
  await page.keyboard.press('Tab');
  await page.keyboard.type('138 0013 8000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('P2026-000123');
  await page.keyboard.press('Tab'); // 证件号码: optional, here given (a lower-case x is kept as X)
  await expect(page.locator('#intake-idNumber')).toBeFocused();
  await page.keyboard.type('11010519491231002x');
  await page.keyboard.press('Tab'); // call time: keeps "now"
  await page.keyboard.press('Tab'); // channel: phone is preselected
  await page.keyboard.press('Tab');
  await expect(page.locator('#intake-complaintType')).toBeFocused();
  await page.keyboard.type('理赔');
  await page.keyboard.press('Enter');
  await expect(page.locator('#intake-complaintType')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(page.locator('#intake-complaintSubtype')).toBeFocused();
  await page.keyboard.type('金额');
  await page.keyboard.press('Enter');
  await expect(page.locator('#intake-complaintSubtype')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab'); // mood tags: one stop, none set
  await page.keyboard.press('Tab'); // demand tags: one stop, none set
  await page.keyboard.press('Tab');
  await expect(page.locator('#intake-description')).toBeFocused();
  await page.keyboard.type('车险理赔金额比定损少了三千元，客户认为不合理。');
  await page.keyboard.press('Tab');
  await page.keyboard.type('按定损金额全额赔付');
  await page.keyboard.press('Tab');
  await page.keyboard.type('需核对定损单，已告知客户三个工作日内回电');
  await screenshot(page, 'intake-filled');
  await page.keyboard.press('Control+S');

  const number = page.getByTestId('complaint-number');
  await expect(number).toHaveText(/^TS-\d{8}-[0-9A-HJKMNP-TV-Z]{8}$/);
  const complaintNumber = (await number.textContent()) ?? '';
  await expect(page.getByTestId('timeline-event')).toContainText('受理投诉');
  await expect(page.getByText('理赔纠纷 / 理赔金额争议')).toBeVisible();
  await expect(page.getByTestId('intake-id-number')).toHaveText('11010519491231002X');
  await screenshot(page, 'complaint-detail');

  await host.stop();
  host = await startHost(dataDir);
  await page.goto(host.url);
  await expect(page.getByTestId('signed-in-agent')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(complaintNumber) });
  await expect(row).toContainText('张伟');
  await expect(page.getByTestId('queue-group-intake')).toContainText('投诉受理');
  await screenshot(page, 'my-complaints');
  await row.getByRole('link').click();
  await expect(page.getByTestId('complaint-number')).toHaveText(complaintNumber);
  await expect(page.getByText('按定损金额全额赔付')).toBeVisible();

  await page.getByText('English').click();
  await expect(page.getByText('Disputed claim amount', { exact: false })).toBeVisible();
  await screenshot(page, 'complaint-detail');
  await page.getByRole('menuitem', { name: /My queue/ }).click();
  await expect(page.getByRole('row', { name: new RegExp(complaintNumber) })).toBeVisible();
  await screenshot(page, 'my-complaints');
});

test('bad input shows the specific errors beside each field, in the chosen language, and saves nothing', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await screenshot(page, 'sign-in-errors-before');
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
  await expect(page.getByText('请输入密码')).toBeVisible();
  await page.locator('#employee-no').fill('1');
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
  await expect(page.getByText('工号应为 3–20 位字母或数字')).toBeVisible();
  await page.locator('#employee-no').fill('');
  await signIn(page);

  await page.keyboard.press('Alt+N');
  await page.locator('#intake-contactPhone').fill('12ab');
  await page.locator('#intake-policyNumber').fill('#1');
  await page.locator('#intake-idNumber').fill('110105194912310021');
  await page.keyboard.press('Control+S');
  await expect(page.getByText('请按提示修改标红的字段后再保存。')).toBeVisible();
  await expect(page.getByText('请填写客户姓名')).toBeVisible();
  await expect(page.getByText('联系电话格式不正确，请填写手机号或带区号的座机号')).toBeVisible();
  await expect(page.getByText('保单号应为 6–30 位字母、数字或连字符')).toBeVisible();
  await expect(page.getByText('身份证号码不正确（请核对校验位与出生日期）')).toBeVisible();
  await expect(page.getByText('请选择投诉类型')).toBeVisible();
  await expect(page.getByText('请填写投诉内容')).toBeVisible();
  await expect(page.getByText('请填写客户诉求')).toBeVisible();
  await screenshot(page, 'intake-errors');

  await page.getByText('English').click();
  await page.keyboard.press('Control+S');
  await expect(page.getByText("Enter the customer's name")).toBeVisible();
  await expect(page.getByText('Not a valid number: enter a mobile number or a landline with its area code')).toBeVisible();
  await expect(page.getByText('The ID card number is wrong (check digit or date of birth)')).toBeVisible();
  await expect(page.getByText('Choose the complaint type')).toBeVisible();
  await screenshot(page, 'intake-errors');

  await page.getByRole('menuitem', { name: /My queue/ }).click();
  await expect(page.getByText('No complaints are assigned to you yet')).toBeVisible();
});
