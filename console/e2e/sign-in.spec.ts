import { expect, test } from '@playwright/test';
import { checkPage, demoPassword, signIn } from './support';

test.describe('登录', () => {
  test('错误的密码以中文提示，正确的密码进入待办工作台', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await checkPage(page, 'login');
    await page.getByLabel('用户名').fill('lly_yjj');
    await page.getByLabel('密码', { exact: true }).fill('不是这个密码-123');
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.getByTestId('form-error')).toContainText('用户名或密码错误');

    await page.getByLabel('密码', { exact: true }).fill(demoPassword());
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.getByRole('heading', { name: '待办工作台' })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toContainText('谢军');
    await expect(page.locator('.unit')).toContainText('区应急管理局');
    await checkPage(page, 'workbench-liaison');
  });

  test('空的用户名：字段旁显示中文说明', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('密码', { exact: true }).fill('x');
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.locator('.el-form-item__error').first()).toContainText(/[\u4e00-\u9fa5]/);
  });

  test('深链接：未登录时先登录，再回到原页面', async ({ page }) => {
    await page.goto('/supervision/items');
    await expect(page).toHaveURL(/\/login\?next=/);
    await page.getByLabel('用户名').fill('quzhang');
    await page.getByLabel('密码', { exact: true }).fill(demoPassword());
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.getByRole('heading', { name: '督办事项' })).toBeVisible();
    await expect(page.getByTestId('list-table').locator('tbody tr').first()).toBeVisible();
    await checkPage(page, 'supervision-items-leader');
  });

  test('退出登录', async ({ page }) => {
    await signIn(page, 'wenmi_ky');
    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await expect(page).toHaveURL(/\/login/);
  });
});
