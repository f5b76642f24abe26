import { expect, test } from '@playwright/test';
import { checkPage, choose, demoSeeded, signIn, workdayFrom, fillDate } from './support';

test.describe('人事财务：国有资产与培训', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('财务科提出采购申请，主任批准，财务科登记采购、验收并建立资产卡片', async ({ page }) => {
    const name = `浏览器测试：扫描仪（${Date.now() % 100000}）`;
    await signIn(page, 'caiwu_ky');
    await page.getByRole('menuitem', { name: '国有资产', exact: true }).click();
    await expect(page.getByRole('heading', { name: '资产卡片', exact: true })).toBeVisible();
    await checkPage(page, 'pf-assets');
    await page.getByTestId('to-purchases').click();
    await expect(page.getByRole('heading', { name: '资产采购', exact: true })).toBeVisible();

    await page.getByTestId('create-purchase').click();
    const create = page.getByRole('dialog', { name: '提出资产采购申请' });
    await create.getByLabel('资产名称', { exact: true }).fill(name);
    await choose(page, create, '分类', '通用设备');
    await create.getByLabel('预算金额（元）', { exact: true }).fill('6500.00');
    await create.getByLabel('申请理由', { exact: true }).fill('档案数字化需要');
    await create.getByTestId('form-submit').click();
    await expect(page.getByRole('heading', { name: new RegExp(name.replace(/[()（）]/g, '.')) })).toBeVisible();
    await expect(page.getByTestId('purchase-status')).toHaveText('已申请');
    // 跳步：财务科此时只能撤回，看不到“登记验收”。
    await expect(page.getByTestId('accept-purchase')).toHaveCount(0);
    await checkPage(page, 'pf-asset-purchase-requested');
    const url = page.url();

    await signIn(page, 'zhuren');
    await page.goto(url);
    await page.getByTestId('approve-purchase').click();
    const approve = page.getByRole('dialog', { name: '批准采购申请' });
    await approve.getByLabel('审批意见', { exact: true }).fill('同意采购。');
    await approve.getByTestId('form-submit').click();
    await expect(page.getByTestId('purchase-status')).toHaveText('已批准');

    await signIn(page, 'caiwu_ky');
    await page.goto(url);
    await page.getByTestId('buy-purchase').click();
    const buy = page.getByRole('dialog', { name: '登记采购' });
    await buy.getByLabel('供应商', { exact: true }).fill('淄博某办公设备有限公司');
    await buy.getByLabel('成交金额（元）', { exact: true }).fill('6380.00');
    await fillDate(buy, '采购日期', workdayFrom(-3));
    await buy.getByTestId('form-submit').click();
    await expect(page.getByTestId('purchase-status')).toHaveText('已采购');
    await page.getByTestId('accept-purchase').click();
    const accept = page.getByRole('dialog', { name: '登记验收' });
    await accept.getByLabel('验收人员', { exact: true }).fill('林娜、王强');
    await accept.getByTestId('form-submit').click();
    await expect(page.getByTestId('purchase-status')).toHaveText('已验收');
    await page.getByTestId('card-purchase').click();
    const card = page.getByRole('dialog', { name: '建立资产卡片' });
    await card.getByLabel('存放地点', { exact: true }).fill('办公楼 402 档案室');
    await card.getByLabel('或保管人姓名', { exact: true }).fill('档案管理员');
    await card.getByTestId('form-submit').click();
    await expect(page.getByTestId('purchase-status')).toHaveText('已建卡');
    await checkPage(page, 'pf-asset-purchase-carded');
    await page.getByTestId('purchase-card').click();
    await expect(page.getByTestId('asset-status')).toHaveText('在用');
    await expect(page.getByText('6,380.00')).toBeVisible();
    await checkPage(page, 'pf-asset-card');
  });

  test('人事科列入培训计划、登记班次及缺席原因，查看年度培训学时', async ({ page }) => {
    const title = `浏览器测试：在职培训（${Date.now() % 100000}）`;
    await signIn(page, 'renshi_ky');
    await page.getByRole('menuitem', { name: '培训', exact: true }).click();
    await expect(page.getByRole('heading', { name: '培训计划', exact: true })).toBeVisible();
    await checkPage(page, 'pf-training-plans');
    await page.getByTestId('create-training-plan').click();
    const create = page.getByRole('dialog', { name: '列入年度培训计划' });
    await create.getByLabel('培训项目', { exact: true }).fill(title);
    await create.getByLabel('计划学时', { exact: true }).fill('24');
    await create.getByTestId('form-submit').click();
    await expect(page.getByTestId('plan-status')).toHaveText('已列入计划');

    await page.getByTestId('record-session').click();
    const dialog = page.getByRole('dialog', { name: '登记培训班次' });
    await dialog.getByTestId('session-title').fill('第一讲：依法行政');
    await fillDate(dialog, '举办日期', workdayFrom(-1));
    await dialog.getByTestId('session-organiser').fill('区委党校');
    const combobox = dialog.getByRole('combobox', { name: '参训人员', exact: true });
    await dialog.locator('.el-select', { has: page.getByRole('combobox', { name: '参训人员', exact: true }) }).click();
    const list = page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
    await expect(list).toBeVisible();
    await list.getByRole('option').nth(0).click();
    await list.getByRole('option').nth(1).click();
    await dialog.getByTestId('session-organiser').click();
    const switches = dialog.locator('.el-switch');
    await expect(switches).toHaveCount(2);
    await switches.nth(1).click();
    await expect(dialog.getByRole('switch').nth(1)).not.toBeChecked();
    await dialog.getByTestId('save-session').click();
    await expect(dialog).toContainText('说明缺席原因');
    await dialog.getByPlaceholder('缺席原因（必填）').fill('外出公务');
    await dialog.getByTestId('save-session').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('training-sessions')).toContainText('缺席：外出公务');
    await checkPage(page, 'pf-training-plan');

    await page.goto('/personnel-finance/training-hours');
    await expect(page.getByTestId('hours-standard')).toContainText('12 天或 90 学时');
    await expect(page.getByTestId('training-hours')).toContainText('未达标');
    await checkPage(page, 'pf-training-hours');
  });
});
