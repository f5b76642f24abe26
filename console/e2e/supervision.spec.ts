import { expect, test } from '@playwright/test';
import { apiAs, checkPage, redItemsOf, signIn } from './support';

test.describe('督办事项：联络员', () => {
  test('联络员在红灯事项上反馈进展；过短的内容以中文字段提示', async ({ page, request }) => {
    const [item] = await redItemsOf(request, 'lly_yjj');
    expect(item, '演示数据中应急局有红灯事项').toBeTruthy();
    await signIn(page, 'lly_yjj');
    await page.getByRole('menuitem', { name: '督办事项' }).click();
    await expect(page.getByRole('heading', { name: '督办事项' })).toBeVisible();
    await page.locator('.el-select', { has: page.getByRole('combobox', { name: '灯色' }) }).click();
    await page.getByRole('option', { name: '红灯' }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByTestId('list-table').locator('tbody tr').first()).toContainText('红灯');
    await checkPage(page, 'supervision-items-red');

    await page.getByRole('link', { name: item.title }).click();
    await expect(page.getByRole('heading', { name: item.title })).toBeVisible();
    await expect(page.locator('[data-light="red"]').first()).toBeVisible();
    await checkPage(page, 'supervision-item-red');

    await page.getByTestId('report-progress').click();
    const dialog = page.getByRole('dialog', { name: '反馈进展' });
    await dialog.getByLabel('进展情况').fill('好');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.locator('[data-field="content"] .el-form-item__error')).toHaveText('进展情况至少 2 个字');
    await checkPage(page, 'field-error-chinese');

    await dialog.getByLabel('进展情况').fill('已组织专题会议研究整改方案，8 个问题中 5 个已整改到位，其余 3 个本月底前完成。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('feedback-table')).toContainText('8 个问题中 5 个已整改到位');
    await expect(page.getByTestId('timeline')).toContainText('反馈进展');
  });

  test('过期的 If-Match：他人先改了事项，提交时显示变化并可重新加载', async ({ page, request }) => {
    const items = await redItemsOf(request, 'lly_yjj');
    const item = items[items.length - 1];
    await signIn(page, 'lly_yjj');
    await page.goto(`/supervision/items/${item.id}`);
    await expect(page.getByRole('heading', { name: item.title })).toBeVisible();

    // Meanwhile a colleague of the same unit reports progress on the same item (a new version).
    const colleague = await apiAs(request, 'lly_yjj');
    const current = await request.get(`/api/supervision/items/${item.id}`, colleague);
    const changed = await request.post(`/api/supervision/items/${item.id}/progress`, {
      ...colleague,
      headers: { ...colleague.headers, 'if-match': current.headers().etag },
      data: { content: '同事先行反馈：已完成现场核查。' },
    });
    expect(changed.ok()).toBe(true);

    await page.getByTestId('report-progress').click();
    const dialog = page.getByRole('dialog', { name: '反馈进展' });
    await dialog.getByLabel('进展情况').fill('我这边的进展：整改报告已起草。');
    await dialog.getByTestId('form-submit').click();
    const stale = page.getByRole('dialog', { name: '督办事项已被他人修改' });
    await expect(stale).toBeVisible();
    await expect(stale).toContainText('反馈');
    await expect(stale).toContainText('新增 1 条');
    await checkPage(page, 'stale-if-match');
    await stale.getByTestId('stale-reload').click();
    await expect(stale).toBeHidden();
    await expect(page.getByTestId('feedback-table')).toContainText('同事先行反馈');

    await page.getByTestId('report-progress').click();
    await dialog.getByLabel('进展情况').fill('我这边的进展：整改报告已起草。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('feedback-table')).toContainText('整改报告已起草');
  });

  test('申请延期：写明理由与工作日', async ({ page, request }) => {
    const [item] = await redItemsOf(request, 'lly_yjj');
    await signIn(page, 'lly_yjj');
    await page.goto(`/supervision/items/${item.id}`);
    await page.getByTestId('request-extension').click();
    const dialog = page.getByRole('dialog', { name: '申请延期' });
    await dialog.getByLabel('延期理由').fill('整改涉及第三方检测，检测报告预计两周后出具。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('extension-table')).toContainText('待审批');
    await checkPage(page, 'extension-requested');
  });
});

test.describe('督查室：预警、建议提案与考核', () => {
  test.slow();

  test('督查室科长看各单位红黄灯图、建议提案办复率与满意率、建议提案办理单和考核', async ({ page }) => {
    await signIn(page, 'ducha_kz');
    await page.getByRole('menuitem', { name: '督办预警' }).click();
    await expect(page.getByRole('heading', { name: '督办预警', exact: true })).toBeVisible();
    await expect(page.getByTestId('warnings-chart')).toBeVisible();
    await expect(page.getByTestId('warnings-by-unit')).toContainText('应急管理局');
    await checkPage(page, 'supervision-warnings');

    await page.getByRole('menuitem', { name: '建议提案', exact: true }).click();
    await expect(page.getByRole('heading', { name: '建议提案', exact: true })).toBeVisible();
    await checkPage(page, 'suggestions');
    // The demo's suggestions were answered: the first one opens with its 承办单位 and 答复.
    await page.getByTestId('list-table').locator('tbody tr').first().locator('a').first().click();
    await expect(page.getByTestId('assignments-table')).toContainText('主办');
    await expect(page.getByTestId('replies-table').or(page.getByTestId('timeline')).first()).toBeVisible();
    await checkPage(page, 'suggestion');

    await page.getByRole('menuitem', { name: '建议提案统计' }).click();
    await expect(page.getByTestId('suggestion-totals')).toContainText('办复率');
    await expect(page.getByTestId('suggestion-chart')).toBeVisible();
    await expect(page.getByTestId('suggestion-statistics')).toContainText('%');
    await checkPage(page, 'suggestions-statistics');

    await page.getByRole('menuitem', { name: '督查考核' }).click();
    await expect(page.getByRole('heading', { name: '督查考核', exact: true })).toBeVisible();
    await expect(page.getByTestId('create-period')).toBeVisible();
    await checkPage(page, 'supervision-assessment');
  });

  test('联络员看本单位的建议提案，统计只含本单位', async ({ page }) => {
    await signIn(page, 'lly_yjj');
    await expect(page.getByRole('menuitem', { name: '督办预警' })).toHaveCount(0);
    await page.getByRole('menuitem', { name: '建议提案统计' }).click();
    await expect(page.getByTestId('suggestion-totals')).toBeVisible();
    await checkPage(page, 'suggestions-statistics-liaison');
  });
});
