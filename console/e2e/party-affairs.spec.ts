import { expect, test } from '@playwright/test';
import { checkPage, choose, demoSeeded, signIn } from './support';

test.describe('党建：三会一课与组织生活落实情况', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('党总支登记第二党支部的党课（含缺席及原因）；支部工作台上该支部党课转为绿灯，漏开的党员大会仍为红灯', async ({ page }) => {
    const topic = `党课：学习《中国共产党支部工作条例》（${Date.now() % 100000}）`;
    const branch = '区政府办公室第二党支部';
    await signIn(page, 'dang_ky');
    await page.getByRole('menuitem', { name: '组织生活记录' }).click();
    await expect(page.getByRole('heading', { name: '组织生活记录' })).toBeVisible();
    await checkPage(page, 'pa-meetings');

    await page.getByTestId('record-meeting').click();
    const dialog = page.getByRole('dialog', { name: '登记组织生活' });
    await choose(page, dialog, '党支部', branch);
    await choose(page, dialog, '类别', '党课');
    await dialog.getByLabel('主题', { exact: true }).fill(topic);
    await dialog.getByLabel('应到人数', { exact: true }).fill('9');
    await dialog.getByLabel('缺席人员及原因', { exact: true }).fill('王磊：出差\n李娜：病假');
    await dialog.getByLabel('会议记录', { exact: true }).fill('支部书记赵磊讲授党课，全体党员围绕支部建设标准化规范化交流发言。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();

    const row = page.getByTestId('list-table').locator('tbody tr', { hasText: topic });
    await expect(row).toBeVisible();
    await expect(row).toContainText(branch);
    await expect(row).toContainText('9 / 7');
    await expect(row).toContainText('王磊（出差）、李娜（病假）');
    await expect(row).toContainText('已登记');
    await checkPage(page, 'pa-meeting-recorded');

    await page.getByRole('menuitem', { name: '支部工作台' }).click();
    await expect(page.getByRole('heading', { name: '组织生活落实情况' })).toBeVisible();
    await expect(page.getByTestId('compliance-config')).toContainText('依据');
    await expect(page.getByTestId(`light-${branch}-lecture`)).toHaveAttribute('data-light', 'green');
    await expect(page.getByTestId(`light-${branch}-party_congress`)).toHaveAttribute('data-light', 'red');
    await expect(page.getByTestId(`light-${branch}-party_congress`)).toHaveAttribute('title', /逾期未召开/);
    await expect(page.getByTestId('election-calendar')).toContainText(branch);
    await checkPage(page, 'pa-dashboard');
  });
});
