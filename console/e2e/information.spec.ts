import { expect, test, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiAs, beijingToday, checkPage, choose, demoSeeded, fillDate, signIn } from './support';

/** A year before this one without a 业绩考评 yet (one per year), so that the journey can start, adjust and 定稿 one. */
async function yearWithoutEvaluation(request: APIRequestContext): Promise<number> {
  const session = await apiAs(request, 'xinxi_ky');
  for (let year = Number(beijingToday().slice(0, 4)) - 1; year >= 2000; year--) {
    const response = await request.get(`/api/information/evaluations?year=${year}&limit=1`, session);
    expect(response.ok()).toBe(true);
    if (((await response.json()) as { total: number }).total === 0) return year;
  }
  throw new Error('2000 年以来每年都已有业绩考评');
}

/** An accepted item of 山头街道 (the liaison reports it, 信息科 accepts it), to be reported upward in the browser. */
async function acceptedItem(request: APIRequestContext, title: string): Promise<void> {
  const liaison = await apiAs(request, 'lly_st');
  const created = await request.post('/api/information/submissions', {
    headers: { ...liaison.headers, 'idempotency-key': randomUUID() },
    data: { title, body: '山头街道推行"一窗受理、集成服务"，群众办事平均跑动次数由 2.3 次降至 0.6 次。', category: 'practice' },
  });
  expect(created.status()).toBe(201);
  const staff = await apiAs(request, 'xinxi_ky');
  const accepted = await request.post(`/api/information/submissions/${((await created.json()) as { id: string }).id}/accept`, {
    headers: { ...staff.headers, 'if-match': created.headers().etag },
    data: {},
  });
  expect(accepted.ok()).toBe(true);
}

/** A closed month (last month or before) without a live 月度通报 (one per month), so that the journey can draft one. */
async function monthWithoutNotice(request: APIRequestContext): Promise<string> {
  const session = await apiAs(request, 'xinxi_ky');
  const response = await request.get('/api/information/monthly-notices?limit=100', session);
  expect(response.ok()).toBe(true);
  const taken = new Set(((await response.json()) as { items: { month: string; status: string }[] }).items.filter((n) => n.status !== 'withdrawn').map((n) => n.month));
  const today = beijingToday();
  for (let back = 1; back < 120; back++) {
    const month = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - back, 1)).toISOString().slice(0, 7);
    if (!taken.has(month)) return month;
  }
  throw new Error('近十年每月都已有月度通报');
}

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

  test('信息科科长查看计分标准：现行版本、各版本，新版本的生效日期不得早于今天', async ({ page }) => {
    await signIn(page, 'xinxi_kz');
    await page.getByRole('menuitem', { name: '计分标准' }).click();
    await expect(page.getByRole('heading', { name: '政务信息计分标准' })).toBeVisible();
    await expect(page.getByTestId('weights-current')).toContainText('国办采用');
    await expect(page.getByTestId('weights-versions').locator('tbody tr').filter({ hasText: 'BS-XX-2025-1' })).toBeVisible();
    await checkPage(page, 'information-score-weights');

    await page.getByTestId('weights-create').click();
    const dialog = page.getByRole('dialog', { name: '发布新版计分标准' });
    await fillDate(dialog, '生效日期', '2020-01-01');
    await dialog.getByLabel('依据', { exact: true }).fill('浏览器测试：不应发布的版本');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.getByTestId('form-error').or(dialog.locator('[data-field="effectiveFrom"] .el-form-item__error'))).toContainText('生效日期');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
  });

  test('信息科建立年度业绩考评，登记调整分（须说明理由）后定稿，定稿后不能再调整', async ({ page, request }) => {
    const year = String(await yearWithoutEvaluation(request));
    await signIn(page, 'xinxi_ky');
    await page.getByRole('menuitem', { name: '年度考评' }).click();
    await expect(page.getByRole('heading', { name: '政务信息工作年度业绩考评' })).toBeVisible();
    await fillDate(page, '年度', year);
    await page.getByRole('button', { name: '查看' }).click();
    await expect(page.getByText(`${year} 年度尚未建立业绩考评。`)).toBeVisible();
    await page.getByTestId('evaluation-create').click();
    await expect(page.getByTestId('evaluation-status')).toContainText('草稿');

    await page.getByTestId('evaluation-adjust').click();
    const dialog = page.getByRole('dialog', { name: '登记调整分' });
    await choose(page, dialog, '单位', /山头街道/);
    await dialog.getByLabel('调整分（正加负减）').fill('6');
    await dialog.getByLabel('调整分（正加负减）').press('Tab');
    await dialog.getByLabel('理由', { exact: true }).fill('好');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.locator('[data-field="reason"] .el-form-item__error')).toContainText('调整须说明理由');
    const reason = `承办全区政务信息现场会（浏览器测试 ${Date.now() % 100000}）`;
    await dialog.getByLabel('理由', { exact: true }).fill(reason);
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    const adjustment = page.getByTestId('evaluation-adjustments').getByRole('row').filter({ hasText: reason });
    await expect(adjustment).toContainText('6');
    await expect(adjustment.getByRole('button', { name: '撤销' })).toBeVisible();
    await expect(page.getByTestId('evaluation-lines').getByRole('row').filter({ hasText: '山头街道' }).first()).toContainText('6');
    await checkPage(page, 'information-evaluation-draft');

    await page.getByTestId('evaluation-finalize').click();
    await page.locator('.el-message-box').getByRole('button', { name: '定稿' }).click();
    await expect(page.getByTestId('evaluation-status')).toContainText('已定稿');
    await expect(page.getByTestId('evaluation-adjust')).toHaveCount(0);
    await expect(page.getByTestId('evaluation-finalize')).toHaveCount(0);
    await expect(adjustment).toContainText('有效');
    await expect(adjustment.getByRole('button', { name: '撤销' })).toHaveCount(0);
    await checkPage(page, 'information-evaluation-final');
  });

  test('信息科登记培训：缺席须写明理由，列表显示出席与缺席', async ({ page }) => {
    const topic = `政务信息写作培训（浏览器测试 ${Date.now() % 100000}）`;
    await signIn(page, 'xinxi_ky');
    await page.getByRole('menuitem', { name: '培训' }).click();
    await expect(page.getByRole('heading', { name: '培训', exact: true })).toBeVisible();
    await page.getByTestId('training-create').click();
    const dialog = page.getByRole('dialog', { name: '登记培训' });
    await fillDate(dialog, '日期', beijingToday());
    await dialog.getByLabel('主题', { exact: true }).fill(topic);
    await dialog.getByLabel('授课人', { exact: true }).fill('市政府办公室信息科 孙明');
    await choose(page, dialog, '第 1 人单位', /山头街道/);
    await dialog.getByLabel('第 1 人姓名').fill('唐静');
    await dialog.getByRole('button', { name: '添加人员' }).click();
    await choose(page, dialog, '第 2 人单位', /住房和城乡建设局/);
    await dialog.getByLabel('第 2 人姓名').fill('韩磊');
    await dialog.locator('.attendee').nth(1).locator('.el-switch__core').click();
    await expect(dialog.getByRole('switch', { name: '第 2 人是否出席' })).not.toBeChecked();
    await dialog.getByTestId('training-save').click();
    await expect(dialog.locator('.el-alert, .el-form-item__error').first()).toContainText('缺席');
    await dialog.getByLabel('第 2 人缺席理由').fill('参加全市住建工作会议');
    await checkPage(page, 'information-training-dialog');
    await dialog.getByTestId('training-save').click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: topic });
    await expect(row).toContainText('韩磊（参加全市住建工作会议）');
    await expect(row).toContainText('已登记');
    await checkPage(page, 'information-trainings');
  });

  test('信息科登记向省政府办公厅报送，再登记采用和领导批示，信息随之记省采用并计分', async ({ page, request }) => {
    const title = `山头街道"一窗受理"改革成效明显（浏览器测试 ${Date.now() % 100000}）`;
    await acceptedItem(request, title);
    await signIn(page, 'xinxi_ky');
    await page.getByRole('menuitem', { name: '上报登记' }).click();
    await expect(page.getByRole('heading', { name: '上报登记' })).toBeVisible();
    await page.getByTestId('upward-create').click();
    const create = page.getByRole('dialog', { name: '登记向上报送' });
    // A multiple select stays open after a choice: pick the item, then close its list.
    await create.locator('[data-field="submissionIds"] .el-select').click();
    await page.getByRole('option', { name: title }).click();
    await create.getByRole('heading', { name: '登记向上报送' }).click();
    await expect(page.getByRole('option', { name: title })).toBeHidden();
    await choose(page, create, '报送机关', '省政府办公厅');
    await fillDate(create, '报送日期', beijingToday());
    await choose(page, create, '渠道', '政务专网');
    await create.getByTestId('form-submit').click();
    await expect(create).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('省政府办公厅');

    await row.getByTestId('upward-feedback').click();
    const adopted = page.getByRole('dialog', { name: '登记上级反馈' });
    await choose(page, adopted, '信息', title);
    await choose(page, adopted, '反馈', '采用');
    await fillDate(adopted, '采用/批示日期', beijingToday());
    await adopted.getByLabel('采用刊物', { exact: true }).fill('《山东政务信息》第 12 期');
    await adopted.getByTestId('form-submit').click();
    await expect(adopted).toBeHidden();
    await expect(row).toContainText('采用');

    await row.getByTestId('upward-feedback').click();
    const instructed = page.getByRole('dialog', { name: '登记上级反馈' });
    await choose(page, instructed, '信息', title);
    await choose(page, instructed, '反馈', '领导批示');
    await fillDate(instructed, '采用/批示日期', beijingToday());
    await choose(page, instructed, '批示层级', '省领导批示');
    await instructed.getByLabel('批示领导', { exact: true }).fill('省政府分管副省长');
    await instructed.getByLabel('批示内容', { exact: true }).fill('此做法可在全省推广。');
    await instructed.getByTestId('form-submit').click();
    await expect(instructed).toBeHidden();
    await expect(row).toContainText('领导批示（省政府分管副省长）');
    await checkPage(page, 'information-upward-reports');

    await page.getByRole('menuitem', { name: '信息报送与筛选' }).click();
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByTestId('adoptions')).toContainText('省采用');
  });
  test('月度通报作为公文：信息科起草，科长审核，办公室主任签发，显示已签发并转文秘科', async ({ page, request }) => {
    const month = await monthWithoutNotice(request);
    const title = `关于${month.slice(0, 4)}年${Number(month.slice(5, 7))}月份政务信息报送采用情况的通报`;
    await signIn(page, 'xinxi_ky');
    await page.getByRole('menuitem', { name: '通报签发' }).click();
    await expect(page.getByRole('heading', { name: '月度通报（发文）' })).toBeVisible();
    await page.getByTestId('draft-notice').click();
    const dialog = page.getByRole('dialog', { name: '起草月度通报' });
    await fillDate(dialog, '通报月份', month);
    await dialog.getByTestId('save-notice').click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('notice-status')).toHaveText('草稿');
    await expect(page.getByTestId('notice-ranking').locator('tbody tr').first()).toBeVisible();
    await checkPage(page, 'information-monthly-notice-draft');
    await page.getByTestId('submit-notice').click();
    await expect(page.getByTestId('notice-status')).toHaveText('待审核');
    const url = page.url();

    await signIn(page, 'xinxi_kz');
    await page.goto(url);
    await page.getByTestId('review-notice').click();
    const review = page.getByRole('dialog', { name: '审核' });
    await review.getByLabel('审核意见').fill('同意，请主任签发');
    await review.getByTestId('form-submit').click();
    await expect(page.getByTestId('notice-status')).toHaveText('已审核');

    await signIn(page, 'zhuren');
    await page.goto(url);
    await page.getByTestId('sign-notice').click();
    const sign = page.getByRole('dialog', { name: '签发' });
    await sign.getByLabel('签发意见').fill('同意印发');
    await sign.getByTestId('form-submit').click();
    await expect(page.getByTestId('notice-status')).toHaveText('已签发');
    await expect(page.getByText('已签发，已转文秘科登记发文，待编号印发')).toBeVisible();
    await expect(page.getByTestId('notice-steps')).toContainText('签发（zhuren）');
    await expect(page.getByTestId('sign-notice')).toHaveCount(0);
    await checkPage(page, 'information-monthly-notice-signed');
  });
});
