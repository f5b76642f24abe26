import { expect, test } from '@playwright/test';
import { checkPage, demoSeeded, signIn } from './support';

test.describe('政务信息：联络员报送、信息科筛选采用、月度通报', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('联络员报送一条信息，只见本单位；信息科采纳并登记报市采用，得分随之计算', async ({ page }) => {
    const title = `山头街道浏览器测试信息（${Date.now() % 100000}）`;
    await signIn(page, 'lly_st');
    await page.getByRole('menuitem', { name: '信息报送与筛选' }).click();
    await expect(page.getByRole('heading', { name: '信息报送与筛选' })).toBeVisible();
    await checkPage(page, 'information-submissions-liaison');

    await page.getByTestId('new-submission').click();
    const dialog = page.getByRole('dialog', { name: '报送政务信息' });
    await dialog.getByLabel('标题').fill(title);
    await dialog.getByLabel('正文').fill('短');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.locator('[data-field="body"] .el-form-item__error')).toContainText('正文至少 10 个字');
    await dialog.getByLabel('正文').fill('山头街道推行"网格+物业"融合治理，今年以来解决群众诉求326件，满意率98%。');
    await dialog.getByTestId('form-submit').click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('submission-status')).toHaveText('待筛选');
    await checkPage(page, 'information-submission-liaison');

    await signIn(page, 'xinxi_ky');
    await page.getByRole('menuitem', { name: '信息报送与筛选' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByTestId('accept').click();
    const accept = page.getByRole('dialog', { name: '采纳' });
    await accept.getByTestId('form-submit').click();
    await expect(accept).toBeHidden();
    await expect(page.getByTestId('submission-status')).toHaveText('已采纳');
    await page.getByTestId('adopt').click();
    const adopt = page.getByRole('dialog', { name: '登记采用' });
    await adopt.getByLabel('刊物与期号').fill('报淄博市政府办公室信息科');
    await adopt.getByTestId('form-submit').click();
    await expect(adopt).toBeHidden();
    await expect(page.getByTestId('adoptions')).toContainText('报市');
    await expect(page.getByTestId('submission-score')).toHaveText('2');
    await checkPage(page, 'information-submission-editor');
  });

  test('信息科科长查看月度通报：各单位得分排名与图表', async ({ page }) => {
    await signIn(page, 'xinxi_kz');
    await page.getByRole('menuitem', { name: '月度通报' }).click();
    await expect(page.getByRole('heading', { name: '政务信息采用情况月度通报' })).toBeVisible();
    await expect(page.getByTestId('monthly-table').locator('tbody tr').first()).toBeVisible();
    await expect(page.getByTestId('monthly-chart')).toBeVisible();
    await checkPage(page, 'information-monthly');
  });

  test('联络员在约稿中看到本单位的内部时限并报送', async ({ page }) => {
    await signIn(page, 'lly_zjj');
    await page.getByRole('menuitem', { name: '约稿' }).click();
    await page.getByRole('link', { name: '关于优化营商环境典型做法的约稿' }).first().click();
    await expect(page.getByTestId('assignments').locator('tbody tr')).toHaveCount(1);
    await page.getByTestId('answer').click();
    const dialog = page.getByRole('dialog', { name: '报送约稿' });
    await dialog.getByLabel('报送内容').fill('区住建局推行工程建设项目"拿地即开工"，审批时限压缩至 20 个工作日。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('assignments')).toContainText('已报');
    await checkPage(page, 'information-solicitation-liaison');
  });
});
