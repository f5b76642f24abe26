import { expect, test } from '@playwright/test';
import { beijingToday, checkPage, choose, demoSeeded, fillDate, signIn, workdayFrom } from './support';

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

test.describe('人事财务：机构编制与干部选拔任用', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('人事科查看机构编制的核定、实有与空缺；在任前公示中核查反映问题，公示倒计时和各步骤可见', async ({ page }) => {
    await signIn(page, 'renshi_ky');
    await page.getByRole('menuitem', { name: '机构编制' }).click();
    await expect(page.getByRole('heading', { name: '机构编制', exact: true })).toBeVisible();
    const deputies = page.getByRole('row').filter({ hasText: '副科长' }).first();
    await expect(deputies).toContainText('博编发〔2026〕2号');
    await checkPage(page, 'pf-establishment-posts');
    await deputies.getByRole('link', { name: '副科长' }).click();
    await expect(page.getByTestId('establishment-approved')).toHaveText('4');
    await expect(page.getByTestId('revisions-table')).toContainText('博编发〔2024〕6号');
    await checkPage(page, 'pf-establishment-post');

    await page.getByRole('menuitem', { name: '干部选拔任用' }).click();
    await expect(page.getByRole('heading', { name: '干部选拔任用', exact: true })).toBeVisible();
    await checkPage(page, 'pf-cadre-selections');
    await page.getByRole('link', { name: '选拔综合科副科长' }).click();
    await expect(page.getByTestId('cadre-status')).toHaveText('任前公示中');
    await expect(page.getByTestId('cadre-countdown')).toBeVisible();
    await expect(page.getByTestId('cadre-steps')).toContainText('任前公示');
    await expect(page.getByTestId('objections-table')).toContainText('核查中');

    await page.getByTestId('cadre-resolve').click();
    const dialog = page.getByRole('dialog', { name: '核查反映问题' });
    await choose(page, dialog, '反映问题', /来信/);
    await fillDate(dialog, '核查完成日期', beijingToday());
    await dialog.getByLabel('核查情况', { exact: true }).fill('经调阅窗口评价记录并约谈当事群众，反映问题不属实。');
    await choose(page, dialog, '核查结论', '经核查不属实');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('objections-table')).toContainText('经核查不属实');
    await expect(page.getByTestId('cadre-resolve')).toHaveCount(0);
    await checkPage(page, 'pf-cadre-selection-publicizing');
  });

  test('人事科登记民主生活会最后一项整改完成，整改清单全部完成', async ({ page }) => {
    await signIn(page, 'renshi_ky');
    await page.getByRole('menuitem', { name: '中心组学习、民主生活会' }).click();
    await expect(page.getByRole('heading', { name: '中心组学习、民主生活会', exact: true })).toBeVisible();
    await checkPage(page, 'pf-group-sessions');
    await page.getByRole('link', { name: /年度民主生活会/ }).click();
    await expect(page.getByTestId('group-status')).toHaveText('已召开');
    await expect(page.getByTestId('preparation-table')).toContainText('撰写对照检查材料');
    await expect(page.getByTestId('rectifications-table')).toContainText('整改中');

    await page.getByTestId('group-rectify').click();
    const dialog = page.getByRole('dialog', { name: '登记整改完成' });
    await choose(page, dialog, '整改事项', /精简会议文件/);
    await fillDate(dialog, '完成日期', beijingToday());
    await dialog.getByLabel('整改结果', { exact: true }).fill('全年会议数量同比压减 12%。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('group-status')).toHaveText('整改完成');
    await expect(page.getByTestId('rectifications-table')).not.toContainText('整改中');
    await checkPage(page, 'pf-group-session-rectified');
  });

  test('办公室主任查看干部选拔任用：考察对象身份证号脱敏，不能办理', async ({ page }) => {
    await signIn(page, 'zhuren');
    await page.getByRole('menuitem', { name: '干部选拔任用' }).click();
    await page.getByRole('link', { name: '选拔人事科副科长' }).click();
    await expect(page.getByTestId('cadre-status')).toHaveText('已任职');
    await expect(page.getByTestId('cadre-id-number')).toHaveText(/^370304\*+1228$/);
    await expect(page.getByTestId('cadre-withdraw')).toHaveCount(0);
    await checkPage(page, 'pf-cadre-selection-appointed');
  });
});
