import { expect, test } from '@playwright/test';
import { beijingToday, checkPage, choose, demoSeeded, signIn } from './support';

test.describe('人事财务：预算/决算与内部审计', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('财务科查看本年度预算执行图表；支付超出项目可用余额被拒绝，改为可用额度内后记录，执行率更新', async ({ page }) => {
    const year = beijingToday().slice(0, 4);
    await signIn(page, 'caiwu_ky');
    await page.getByRole('menuitem', { name: '预算/决算' }).click();
    await expect(page.getByRole('heading', { name: '预算/决算', exact: true })).toBeVisible();
    await checkPage(page, 'pf-budgets');
    await page.getByRole('link', { name: `${year} 年度部门预算`, exact: true }).click();
    await expect(page.getByTestId('budget-status')).toHaveText('执行中（已批复）');
    await expect(page.getByTestId('budget-chart')).toBeVisible();
    await expect(page.getByTestId('unit-budgets')).toContainText('区住房和城乡建设局');
    await checkPage(page, 'pf-budget-executing');
    const before = await page.getByTestId('budget-rate').textContent();

    await page.getByTestId('record-entry').click();
    const dialog = page.getByRole('dialog', { name: '记录承诺或支付' });
    await choose(page, dialog, '预算项目', /2010301\/30215/);
    await dialog.getByLabel('金额（元）', { exact: true }).fill('999999999');
    await dialog.getByLabel('凭证号/合同号', { exact: true }).fill('记-浏览器测试-0001');
    await dialog.getByLabel('用途', { exact: true }).fill('会议费');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toContainText('超出');
    await checkPage(page, 'pf-budget-over-available');
    await dialog.getByLabel('金额（元）', { exact: true }).fill('1200.50');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('budget-entries')).toContainText('记-浏览器测试-0001');
    await expect(page.getByTestId('budget-rate')).not.toHaveText(before ?? '');
  });

  test('财务科核查内部审计问题的整改，通过后该问题销号', async ({ page }) => {
    await signIn(page, 'caiwu_ky');
    await page.getByRole('menuitem', { name: '内部审计' }).click();
    await expect(page.getByRole('heading', { name: '内部审计', exact: true })).toBeVisible();
    await checkPage(page, 'pf-internal-audits');
    await page.getByRole('link', { name: '区住房和城乡建设局' }).first().click();
    await expect(page.getByTestId('audit-status')).toHaveText('整改中');
    await expect(page.getByTestId('close-audit')).toBeDisabled();
    await page.getByTestId('verify-2').click();
    const dialog = page.getByRole('dialog', { name: '核查整改：问题 2' });
    await dialog.getByLabel('核查意见', { exact: true }).fill('年度采购计划已公开，核对无误。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('audit-findings')).toContainText('年度采购计划已公开，核对无误。');
    await checkPage(page, 'pf-internal-audit-verified');
  });

  test('办公室主任查看预算执行与内部审计，不能办理', async ({ page }) => {
    const year = beijingToday().slice(0, 4);
    await signIn(page, 'zhuren');
    await page.getByRole('menuitem', { name: '预算/决算' }).click();
    await page.getByRole('link', { name: `${Number(year) - 1} 年度部门预算`, exact: true }).click();
    await expect(page.getByTestId('budget-status')).toHaveText('已决算');
    await expect(page.getByTestId('record-entry')).toHaveCount(0);
    await expect(page.getByTestId('close-budget')).toHaveCount(0);
    await checkPage(page, 'pf-budget-closed');
    await page.getByRole('menuitem', { name: '内部审计' }).click();
    await expect(page.getByRole('link', { name: '区应急管理局' }).first()).toBeVisible();
    await expect(page.getByTestId('create-audit')).toHaveCount(0);
  });
});
