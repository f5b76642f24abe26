import { expect, test } from '@playwright/test';
import { checkPage, signInAdmin } from './support';

/**
 * 三员: each administrator sees only the pages of their duty. The system administrator creates an account (its role
 * is not theirs to give), the security administrator assigns its role, section and clearance, and the auditor finds both
 * in the audit log and verifies the hash chain.
 */
// Each test signs in with a second factor and runs axe on several pages: slower than one page's test on a shared machine.
test.describe.configure({ mode: 'serial', timeout: 420_000 });

test.describe('系统管理（三员）', () => {
  const username = `e2e_${Date.now() % 1_000_000}`;
  let sysadmin = '';

  test('系统管理员：新建账户得到初始密码，查看死信、运维待办、Webhook 和节假日安排；看不到审计日志', async ({ page }) => {
    sysadmin = await signInAdmin(page, 'system');
    await expect(page.getByRole('menuitem', { name: '账户管理' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: '审计日志' })).toHaveCount(0);

    await page.getByRole('menuitem', { name: '账户管理' }).click();
    await expect(page.getByRole('heading', { name: '账户管理', exact: true })).toBeVisible();
    await expect(page.getByTestId('assign-roles')).toHaveCount(0);
    await page.getByTestId('create-account').click();
    const create = page.getByRole('dialog', { name: '新建账户' });
    await create.getByLabel('用户名').fill(username);
    await create.getByLabel('姓名').fill('测试员');
    await create.getByTestId('form-submit').click();
    const alert = page.locator('.el-message-box');
    await expect(alert).toContainText('初始密码');
    await expect(alert).toContainText(username);
    await alert.getByRole('button', { name: '我已记下' }).click();
    await page.getByLabel('关键词').fill(username);
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByTestId('list-table')).toContainText('（未分配）');
    await checkPage(page, 'admin-accounts-system');

    // A second account with the same username: the gateway's conflict, in Chinese.
    await page.getByTestId('create-account').click();
    await create.getByLabel('用户名').fill(username);
    await create.getByLabel('姓名').fill('测试员');
    await create.getByTestId('form-submit').click();
    await expect(create.getByTestId('form-error')).toContainText('用户名已被使用');
    await create.getByRole('button', { name: '取消' }).click();

    await page.getByRole('menuitem', { name: '死信处理' }).click();
    await expect(page.getByRole('heading', { name: /^死信处理/ })).toBeVisible();
    await checkPage(page, 'admin-dead-letters');
    await page.getByRole('menuitem', { name: '运维待办' }).click();
    await expect(page.getByRole('heading', { name: '运维待办', exact: true })).toBeVisible();
    await checkPage(page, 'admin-tasks');
    await page.getByRole('menuitem', { name: 'Webhook 订阅' }).click();
    await expect(page.getByRole('heading', { name: 'Webhook 订阅', exact: true })).toBeVisible();
    await checkPage(page, 'admin-webhooks');

    await page.getByRole('menuitem', { name: '节假日安排' }).click();
    await expect(page.getByRole('heading', { name: '节假日安排', exact: true })).toBeVisible();
    await expect(page.getByTestId('calendar-years').locator('tbody tr').first()).toBeVisible();
    await checkPage(page, 'admin-calendar');
    // A new year with too short a source: the field message in Chinese, nothing saved.
    await page.getByLabel('录入年度').fill('2099');
    await page.getByTestId('calendar-start').click();
    await expect(page.getByRole('heading', { name: /2099 年（新录入）/ })).toBeVisible();
    await page.getByLabel('依据').fill('通知');
    await page.getByTestId('calendar-save').click();
    await expect(page.locator('[data-field="source"] .el-form-item__error').or(page.getByTestId('form-error')).first()).toContainText(/[\u4e00-\u9fa5]/);
    await expect(page.getByTestId('calendar-years')).not.toContainText('2099');
  });

  test('安全保密管理员：为新账户分配角色、科室和密级；不能新建账户', async ({ page }) => {
    await signInAdmin(page, 'security');
    await expect(page.getByRole('menuitem', { name: '死信处理' })).toHaveCount(0);
    await page.getByRole('menuitem', { name: '账户管理' }).click();
    await expect(page.getByRole('heading', { name: '账户管理', exact: true })).toBeVisible();
    await expect(page.getByTestId('create-account')).toHaveCount(0);
    await page.getByLabel('关键词').fill(username);
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.getByTestId('list-table').locator('tbody tr', { hasText: username });
    await expect(row).toHaveCount(1);
    await row.getByTestId('assign-roles').click();
    const dialog = page.getByTestId('assign-dialog');
    await dialog.getByText('科室工作人员', { exact: true }).click();
    await expect(dialog.getByRole('checkbox', { name: '科室工作人员' })).toBeChecked();
    await dialog.getByRole('combobox', { name: '科室' }).click({ force: true });
    await page.getByRole('option', { name: /^信息科/ }).first().click();
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('科室工作人员');
    await expect(row).toContainText('信息科');
    await checkPage(page, 'admin-accounts-security');
  });

  test('安全审计员：按操作人筛选审计日志，校验哈希链完整', async ({ page }) => {
    await signInAdmin(page, 'audit');
    await expect(page.getByRole('menuitem', { name: '账户管理' })).toHaveCount(0);
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await expect(page.getByRole('heading', { name: '审计日志', exact: true })).toBeVisible();
    await page.getByLabel('操作人').fill(sysadmin || 'sysadmin');
    await page.getByLabel('动作').fill('POST /api/admin/users');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByTestId('list-table')).toContainText('POST /api/admin/users');
    await page.getByTestId('verify-chain').click();
    await expect(page.getByTestId('chain-result')).toContainText('哈希链完整');
    await checkPage(page, 'admin-audit');
  });
});
