import { expect, test } from '@playwright/test';
import { beijingToday, checkPage, choose, demoSeeded, fillDate, signIn } from './support';

const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test.describe('机关事务：周转住房与运行费用报表', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('登记周转住房并登记租住；入住查验后，租期届满前的提醒出现在待办工作台', async ({ page }) => {
    const today = beijingToday();
    const address = `浏览器测试：人民路 12 号院 ${Date.now() % 100000} 室`;
    await signIn(page, 'jiguan_ky');
    await page.getByRole('menuitem', { name: '周转住房' }).click();
    await expect(page.getByRole('heading', { name: '周转住房' })).toBeVisible();
    await checkPage(page, 'fv-housing');

    await page.getByTestId('register-housing').click();
    const unit = page.getByRole('dialog', { name: '登记周转住房' });
    await unit.getByLabel('地址', { exact: true }).fill(address);
    await unit.getByLabel('建筑面积（㎡）', { exact: true }).fill('68');
    await unit.getByLabel('居室数', { exact: true }).fill('2');
    await unit.getByTestId('form-submit').click();
    await expect(unit).toBeHidden();

    const row = page.getByRole('row', { name: new RegExp(address) });
    await expect(row).toContainText('空置');
    await row.getByRole('button', { name: '登记租住' }).click();
    const letting = page.getByRole('dialog', { name: `登记租住：${address}` });
    await letting.getByLabel('住户姓名', { exact: true }).fill('王明');
    await choose(page, letting, '入住依据', '交流任职');
    await letting.getByLabel('任职单位', { exact: true }).fill('博山区商务局');
    await letting.getByLabel('职务', { exact: true }).fill('副局长');
    await letting.getByLabel('家庭所在地', { exact: true }).fill('淄博市张店区');
    await letting.getByLabel('任职文件或批准文号', { exact: true }).fill('博组干〔2026〕12号');
    await fillDate(letting, '开始日期', dayAfter(today, -100));
    await fillDate(letting, '结束日期', dayAfter(today, 20));
    await letting.getByTestId('form-submit').click();
    await expect(letting).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(address) })).toContainText('王明');

    await page.getByTestId('housing-tenancies').click();
    await expect(page.getByRole('heading', { name: '周转住房租住记录' })).toBeVisible();
    const tenancy = page.getByRole('row', { name: new RegExp(address) });
    await expect(tenancy).toContainText('已登记');
    await tenancy.getByRole('button', { name: '入住查验' }).click();
    const checkIn = page.getByRole('dialog', { name: '入住查验' });
    await fillDate(checkIn, '入住日期', dayAfter(today, -100));
    await checkIn.getByLabel('房屋及设施状况', { exact: true }).fill('房屋完好，家具齐全，钥匙 3 把');
    await checkIn.getByTestId('form-submit').click();
    await expect(checkIn).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(address) })).toContainText('在住');
    await checkPage(page, 'fv-housing-tenancies');

    await page.goto('/');
    await expect(page.getByRole('heading', { name: '待办工作台' })).toBeVisible();
    await expect(page.getByText(`周转住房租期即将届满：${address}`).first()).toBeVisible();
  });

  test('车辆运行费用页按单位、月份绘图，并可导出年度报表 .xlsx', async ({ page }) => {
    await signIn(page, 'jiguan_ky');
    await page.getByRole('menuitem', { name: '车辆运行费用' }).click();
    await expect(page.getByRole('heading', { name: '车辆运行费用' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-costs').click();
    expect((await download).suggestedFilename()).toMatch(/^车辆运行费用-\d{4}年\.xlsx$/);
  });
});
