import { expect, test } from '@playwright/test';
import { checkPage, signIn } from './support';

test.describe('政务公开：依申请公开案卷、延期审批、年度报告、主动公开', () => {
  test('科员查看征求意见中的案卷：计时暂停及其说明；登记一件当面申请并看到答复期限', async ({ page }) => {
    await signIn(page, 'dashuju_ky');
    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await expect(page.getByRole('heading', { name: '依申请公开' })).toBeVisible();
    await checkPage(page, 'disclosure-applications');
    await page.getByRole('link', { name: '某企业环境影响评价报告' }).first().click();
    await expect(page.getByTestId('application-status')).toHaveText('征求意见中');
    await expect(page.getByTestId('due-explanation')).toContainText('暂停中');
    await checkPage(page, 'disclosure-application');

    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await page.getByTestId('new-application').click();
    const dialog = page.getByRole('dialog', { name: '登记依申请公开申请' });
    const title = `浏览器测试申请（${Date.now() % 100000}）`;
    await dialog.getByLabel('申请公开的信息').fill(title);
    await dialog.getByLabel('信息描述').fill('请提供相关文件');
    await dialog.getByLabel('提交（寄出）日期').fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
    await dialog.getByLabel('提交（寄出）日期').press('Enter');
    await dialog.getByLabel('申请人姓名或名称').fill('测试申请人');
    await dialog.getByLabel('证件号码').fill('370304199001011234');
    await dialog.getByTestId('form-submit').click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('application-status')).toHaveText('办理中');
    await expect(page.getByTestId('due-explanation')).toContainText('第三十三条');
  });

  test('科长审批延期：答复期限顺延 20 个工作日', async ({ page }) => {
    await signIn(page, 'dashuju_kz');
    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await page.getByRole('link', { name: '2024年度征地补偿款发放明细' }).first().click();
    await page.getByTestId('decide-extension').click();
    const dialog = page.getByRole('dialog', { name: '审批延长答复期限' });
    await dialog.getByLabel('审批意见').click();
    await page.getByRole('option', { name: '同意延长 20 个工作日' }).click();
    await dialog.getByLabel('告知申请人日期').fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
    await dialog.getByLabel('告知申请人日期').press('Enter');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('due-explanation')).toContainText('延期 20 个工作日');
  });

  test('年度报告：勾稽关系成立；主动公开队列', async ({ page }) => {
    await signIn(page, 'dashuju_kz');
    await page.getByRole('menuitem', { name: '政府信息公开年度报告' }).click();
    await expect(page.getByTestId('cross-check')).toContainText('勾稽关系成立');
    await expect(page.getByTestId('report-rows')).toContainText('一、本年新收政府信息公开申请数量');
    await checkPage(page, 'disclosure-annual-report');
    await page.getByRole('menuitem', { name: '主动公开与公开目录' }).click();
    await expect(page.getByRole('heading', { name: '主动公开与公开目录' })).toBeVisible();
    await expect(page.getByRole('link', { name: '2026年区级部门预算' }).first()).toBeVisible();
    await checkPage(page, 'disclosure-publications');
  });
});
