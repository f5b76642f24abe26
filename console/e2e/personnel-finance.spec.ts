import { expect, test } from '@playwright/test';
import { checkPage, demoSeeded, fillDate, signIn, workdayFrom } from './support';

test.describe('人事财务：报销', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('财务科登记报销单：现金结算办公费时提示公务卡强制结算并不能保存；改用公务卡后保存、提交，科长审核同意', async ({ page }) => {
    const title = `浏览器测试：购买会议室用品（${Date.now() % 100000}）`;
    await signIn(page, 'caiwu_ky');
    await page.getByRole('menuitem', { name: '报销' }).click();
    await expect(page.getByRole('heading', { name: '报销', exact: true })).toBeVisible();
    await checkPage(page, 'pf-claims');

    await page.getByTestId('create-claim').click();
    const dialog = page.getByRole('dialog', { name: '登记报销单' });
    await dialog.getByTestId('claim-title').fill(title);
    await dialog.getByTestId('claim-claimant').fill('林娜');
    await dialog.getByTestId('claim-section').fill('caiwu');
    await dialog.getByLabel('第 1 项说明', { exact: true }).fill('会议室白板笔、便签纸');
    await dialog.getByLabel('第 1 项金额', { exact: true }).fill('386.50');
    await fillDate(dialog, '第 1 项日期', workdayFrom(-2));
    await expect(dialog.getByTestId('claim-total')).toHaveText('386.50');

    // 办公费属于公务卡强制结算目录：选现金时当场提示，保存按钮不可用。
    await dialog.locator('label.el-radio', { hasText: '现金' }).click();
    await expect(dialog.locator('.el-form-item', { hasText: '结算方式' }).locator('.el-form-item__error')).toContainText('公务卡强制结算目录');
    await expect(dialog.getByTestId('save-claim')).toBeDisabled();
    await checkPage(page, 'pf-claim-official-card-warning');

    await dialog.locator('label.el-radio', { hasText: '公务卡' }).click();
    await expect(dialog.locator('.el-form-item', { hasText: '结算方式' }).locator('.el-form-item__error')).toHaveCount(0);
    await dialog.getByTestId('save-claim').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('claim-status')).toHaveText('待提交');
    await expect(page.getByTestId('claim-items')).toContainText('会议室白板笔');

    await page.getByTestId('submit-claim').click();
    await expect(page.getByTestId('claim-status')).toHaveText('审批中');
    await checkPage(page, 'pf-claim-submitted');
    const claimUrl = page.url();

    await signIn(page, 'caiwu_kz');
    await page.goto(claimUrl);
    await expect(page.getByTestId('claim-status')).toHaveText('审批中');
    await page.getByTestId('approve-claim').click();
    const approve = page.getByRole('dialog', { name: '审批同意' });
    await approve.getByLabel('审批意见', { exact: true }).fill('票据齐全，同意报销。');
    await approve.getByTestId('form-submit').click();
    await expect(approve).toBeHidden();
    await expect(page.getByTestId('claim-status')).toHaveText('已审批');
    await expect(page.getByRole('table').filter({ hasText: '票据齐全，同意报销。' })).toBeVisible();
    await checkPage(page, 'pf-claim-approved');
  });
});
